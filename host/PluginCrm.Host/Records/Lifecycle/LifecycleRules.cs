using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Lifecycle;

/// <summary>
/// Where a customer's purchases put it in the lifecycle (客户生命周期): a first purchase makes a prospect a customer, a
/// purchase on a second day a repeat customer, and a purchase brings one at risk or churned back. A purchase is an order
/// of zero or more (a cancellation, a negative total, is not); purchases on one UTC day count once, as value scoring counts.
/// </summary>
public static class LifecycleRules
{
    /// <summary>The stage after a purchase, and why; null when the stage stays.</summary>
    public static (LifecycleStage Stage, string Reason)? AfterPurchase(LifecycleStage current, int purchaseDays, DateOnly latest)
    {
        if (purchaseDays < 1)
            return null;
        var stage = purchaseDays >= 2 ? LifecycleStage.Repeat : LifecycleStage.Customer;
        return current switch
        {
            LifecycleStage.Lead or LifecycleStage.Qualified or LifecycleStage.Opportunity =>
                (stage, purchaseDays == 1 ? $"first purchase on {latest:yyyy-MM-dd}" : $"{purchaseDays} purchase days, the latest {latest:yyyy-MM-dd}"),
            LifecycleStage.Customer when purchaseDays >= 2 => (LifecycleStage.Repeat, $"purchased again on {latest:yyyy-MM-dd}: {purchaseDays} purchase days"),
            LifecycleStage.AtRisk or LifecycleStage.Churned =>
                (stage, $"purchased on {latest:yyyy-MM-dd} after being {(current == LifecycleStage.AtRisk ? "at risk" : "churned")}"),
            _ => null,
        };
    }

    /// <summary>The stages a long silence ends: those of a customer that has bought (or was brought in as one).</summary>
    public static readonly LifecycleStage[] Churnable = [LifecycleStage.Customer, LifecycleStage.Repeat, LifecycleStage.AtRisk];

    /// <summary>
    /// Churned, and why, when more than <paramref name="churnAfterDays"/> whole UTC days lie between <paramref name="since"/>
    /// (the last purchase; the creation of a customer that never bought) and <paramref name="today"/>; null otherwise.
    /// </summary>
    public static (LifecycleStage Stage, string Reason)? AfterSilence(LifecycleStage current, DateOnly since, bool bought, DateOnly today, int churnAfterDays)
    {
        var days = today.DayNumber - since.DayNumber;
        if (!Churnable.Contains(current) || days <= churnAfterDays)
            return null;
        var what = bought ? $"no purchase since {since:yyyy-MM-dd}" : $"no purchase since it was created on {since:yyyy-MM-dd}";
        return (LifecycleStage.Churned, $"{what} ({days} days, churn after {churnAfterDays})");
    }

    /// <summary>
    /// The stage of a customer created by converting a lead: an open deal makes it an opportunity (销售机会), a deal won at
    /// once a customer; otherwise a qualified lead is a qualified customer (意向客户) and any other a prospect (lead).
    /// </summary>
    public static (LifecycleStage Stage, string Reason) AtConversion(LeadStatus status, DealStage? deal) => deal switch
    {
        DealStage.Won => (LifecycleStage.Customer, "converted from a lead with a deal won"),
        DealStage.Lead or DealStage.Qualified or DealStage.Proposal or DealStage.Negotiation => (LifecycleStage.Opportunity, "converted from a lead with an open deal"),
        _ when status == LeadStatus.Qualified => (LifecycleStage.Qualified, "converted from a qualified lead"),
        _ => (LifecycleStage.Lead, "converted from a lead"),
    };
}
