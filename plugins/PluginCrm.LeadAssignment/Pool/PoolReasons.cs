using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary>Why the rules left a new record in the public pool, in the words the pool screen translates.</summary>
public static class PoolReasons
{
    public static readonly DayText NoRuleMatched = new("no rule matched");

    public static readonly DayText EveryRepBusy = new("every rep of the matching rule is away or at its cap");

    /// <summary>
    /// Why an owner change leaves its record in the pool: its own reason, else what the rules decided, else its action
    /// (a change through the core API has none: "released").
    /// </summary>
    public static DayText Of(Ownership.OwnershipChange? change) => change?.Reason ?? change?.Outcome?.Action switch
    {
        "pool" => NoRuleMatched,
        "queue" => EveryRepBusy,
        _ => DayText.Plain(change?.Action ?? "released"),
    };
}
