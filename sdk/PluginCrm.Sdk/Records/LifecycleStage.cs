namespace PluginCrm.Sdk.Records;

/// <summary>The customer lifecycle (客户生命周期).</summary>
public enum LifecycleStage
{
    /// <summary>A prospect: captured, not yet qualified.</summary>
    Lead,

    /// <summary>Interest confirmed (意向客户).</summary>
    Qualified,

    /// <summary>A sales opportunity is open (销售机会).</summary>
    Opportunity,

    /// <summary>Has bought.</summary>
    Customer,

    /// <summary>Has bought again.</summary>
    Repeat,

    /// <summary>Shows signs of leaving.</summary>
    AtRisk,

    /// <summary>Gone (流失).</summary>
    Churned,
}
