using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Records.Lifecycle;

public sealed class LifecycleOptions
{
    /// <summary>
    /// How many days without a purchase mark a customer churned (job <c>host.lifecycle-churn</c>); counted from its last
    /// purchase, or from its creation for a customer that never bought.
    /// </summary>
    [Range(1, 3650, ErrorMessage = "Lifecycle:ChurnAfterDays must be between 1 and 3650 (days without a purchase before a customer is churned)")]
    public int ChurnAfterDays { get; set; } = 365;
}
