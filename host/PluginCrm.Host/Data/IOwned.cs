namespace PluginCrm.Host.Data;

/// <summary>A record with an owner and a team, which decide who sees it: a rep its own, a manager its team's.</summary>
public interface IOwned
{
    long? OwnerId { get; set; }
    long? TeamId { get; set; }
}
