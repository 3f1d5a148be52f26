using PluginCrm.Host.Access;

namespace PluginCrm.Host.WebConsole.Admin;

/// <summary>A team's form as posted: empty text is no value, as in the API.</summary>
public sealed class TeamForm
{
    public string? Name { get; set; }

    public string? Region { get; set; }

    public long? ManagerId { get; set; }

    public NewTeam ToTeam() => new(Name, string.IsNullOrWhiteSpace(Region) ? null : Region, ManagerId);
}
