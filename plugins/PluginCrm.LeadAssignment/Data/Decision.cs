namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// The audit of ownership: every assignment, queueing, transfer, reclaim and claim, with the rule and strategy that
/// decided it and the candidates considered (<see cref="Explanation"/>, JSON).
/// </summary>
public sealed class Decision
{
    public long Id { get; set; }
    public required string RecordType { get; set; }
    public long RecordId { get; set; }
    public required string Action { get; set; }
    public long? FromOwnerId { get; set; }
    public long? ToOwnerId { get; set; }
    public long? ToTeamId { get; set; }
    public long? RuleId { get; set; }
    public string? RuleName { get; set; }
    public string? Strategy { get; set; }
    public string? Reason { get; set; }
    public required string Explanation { get; set; }
    public required string Actor { get; set; }
    public DateTime OccurredUtc { get; set; }
}
