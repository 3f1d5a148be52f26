namespace PluginCrm.LeadAssignment.Data;

/// <summary>What the rotations know of a rep beyond the directory: its weight, its cap of open leads, an absence.</summary>
public sealed class RepAvailability
{
    public long UserId { get; set; }
    public int Weight { get; set; } = 1;

    /// <summary>At most this many open leads; null: no cap.</summary>
    public int? Cap { get; set; }

    /// <summary>Takes no new work until then (holiday, sick leave).</summary>
    public DateTime? AbsentUntilUtc { get; set; }
}
