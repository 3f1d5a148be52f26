namespace PluginCrm.Host.Data;

/// <summary>When a job runs next and who holds it now: the lease keeps two host processes from running it twice.</summary>
public sealed class JobSchedule
{
    public required string JobKey { get; set; }
    public DateTime NextRunUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public string? LastOutcome { get; set; }
    public string? LastError { get; set; }
}
