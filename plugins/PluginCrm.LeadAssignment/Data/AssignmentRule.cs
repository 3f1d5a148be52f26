namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// An admin's rule: when every condition that is set matches the lead, the lead goes to <see cref="RepId"/>, or by
/// <see cref="Strategy"/> to a rep of <see cref="TeamId"/>. Rules are tried by <see cref="Position"/>.
/// </summary>
public sealed class AssignmentRule
{
    public long Id { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Comma-separated accepted values, compared without case; null accepts anything.</summary>
    public string? Regions { get; set; }
    public string? Industries { get; set; }
    public string? Sources { get; set; }
    public string? Products { get; set; }
    public string? Languages { get; set; }
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }

    /// <summary>A stored rule template (a Scriban expression over <c>lead</c>) that must also be true.</summary>
    public string? RuleTemplate { get; set; }

    public long? RepId { get; set; }
    public long? TeamId { get; set; }
    public Strategy Strategy { get; set; }
}
