using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Pool.Reclaim;

/// <summary>
/// When a customer goes back to the pool, as pure code: no follow-up for N days (counted from the later of its last
/// interaction and the day its owner got it; N may depend on its value class), or not converted M days after capture.
/// </summary>
public static class ReclaimPolicy
{
    public static readonly LifecycleStage[] NotConverted = [LifecycleStage.Lead, LifecycleStage.Qualified, LifecycleStage.Opportunity];

    /// <summary>When the customer is due, and why; null when no rule applies.</summary>
    public static (DateTime Due, string Reason)? Due(CustomerRecord customer, DateTime? lastInteractionUtc, DateTime ownedSinceUtc, int noFollowUpDays, int notConvertedDays)
    {
        var candidates = new List<(DateTime, string)>();
        if (noFollowUpDays > 0)
        {
            var since = lastInteractionUtc is { } last && last > ownedSinceUtc ? last : ownedSinceUtc;
            candidates.Add((since.AddDays(noFollowUpDays), $"no follow-up for {noFollowUpDays} days (since {since:yyyy-MM-dd})"));
        }
        if (notConvertedDays > 0 && NotConverted.Contains(customer.Stage))
            candidates.Add((customer.CreatedUtc.AddDays(notConvertedDays), $"not converted within {notConvertedDays} days of capture ({customer.CreatedUtc:yyyy-MM-dd})"));
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Item1);
    }
}
