namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// A named value every host process reads cheaply: <see cref="Config"/> changes with every saved change to the rules or
/// the reps' availability (a process's cached copy is stale once it differs); a <see cref="OpenLeadsBuilt"/> row says
/// the open-lead counts were rebuilt and are kept since.
/// </summary>
public sealed class Stamp
{
    public const string Config = "config";
    public const string OpenLeadsBuilt = "open-leads-built";

    public required string Name { get; set; }
    public long Value { get; set; }
}
