namespace PluginCrm.LeadAssignment.Conversion;

/// <summary>Scoped: the lead whose conversion (<c>lead.convert</c>) is running in this request or job, if any.</summary>
public sealed class LeadConversionScope
{
    public long? Converting { get; set; }
}
