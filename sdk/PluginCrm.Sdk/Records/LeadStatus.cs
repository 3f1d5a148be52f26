namespace PluginCrm.Sdk.Records;

/// <summary>Where a lead is in its handling.</summary>
public enum LeadStatus
{
    /// <summary>Just captured; nobody has touched it.</summary>
    New,

    /// <summary>The owner has been in touch.</summary>
    Contacted,

    /// <summary>Worth pursuing.</summary>
    Qualified,

    /// <summary>Became a customer.</summary>
    Converted,

    /// <summary>Not worth pursuing.</summary>
    Disqualified,
}
