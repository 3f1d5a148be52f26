using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// When a customer goes back to the pool, as pure code: no follow-up for N days (counted from the later of its last
/// interaction and the day its owner got it; N may depend on its value class), or not converted M days after capture.
/// </summary>
public static class ReclaimPolicy
{
    public static readonly LifecycleStage[] NotConverted = [LifecycleStage.Lead, LifecycleStage.Qualified, LifecycleStage.Opportunity];

    /// <summary>When the customer is due, and why (as the owner's day shows it in the owner's language); null when no rule applies.</summary>
    public static (DateTime Due, DayText Reason)? Due(CustomerRecord customer, DateTime? lastInteractionUtc, DateTime ownedSinceUtc, int noFollowUpDays, int notConvertedDays)
    {
        var candidates = new List<(DateTime, DayText)>();
        if (noFollowUpDays > 0)
        {
            var since = lastInteractionUtc is { } last && last > ownedSinceUtc ? last : ownedSinceUtc;
            candidates.Add((since.AddDays(noFollowUpDays), new DayText("no follow-up for {0} days (since {1})", $"{noFollowUpDays}", $"{since:yyyy-MM-dd}")));
        }
        if (notConvertedDays > 0 && NotConverted.Contains(customer.Stage))
            candidates.Add((customer.CreatedUtc.AddDays(notConvertedDays), new DayText("not converted within {0} days of capture ({1})", $"{notConvertedDays}", $"{customer.CreatedUtc:yyyy-MM-dd}")));
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Item1);
    }
}
