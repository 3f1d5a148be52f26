namespace PluginCrm.LeadAssignment.Data;

/// <summary>A normalised phone, e-mail or company name of a lead or customer, for duplicate detection on capture.</summary>
public sealed class ContactKey
{
    public long Id { get; set; }
    public required string RecordType { get; set; }
    public long RecordId { get; set; }
    public required string Kind { get; set; }
    public required string Value { get; set; }
}
