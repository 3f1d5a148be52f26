namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// One rep's running credit in one rotation (smooth weighted round robin), kept in the database and changed in the
/// transaction of the assignment, so the rotation continues across restarts and host processes.
/// </summary>
public sealed class RotationSlot
{
    public required string Rotation { get; set; }
    public long UserId { get; set; }
    public long Credit { get; set; }
}
