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
}
