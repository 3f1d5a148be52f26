namespace PluginCrm.Sdk.Records;

/// <summary>The sales funnel (销售漏斗) of a deal, in order; <see cref="Won"/> and <see cref="Lost"/> close it.</summary>
public enum DealStage
{
    /// <summary>Captured, not yet worked (Maven's "Prospecting").</summary>
    Lead,

    /// <summary>Qualified and being worked (Maven's "Engaging").</summary>
    Qualified,

    /// <summary>A proposal is out.</summary>
    Proposal,

    /// <summary>Terms are being negotiated.</summary>
    Negotiation,

    /// <summary>Closed, won.</summary>
    Won,

    /// <summary>Closed, lost.</summary>
    Lost,
}
