namespace PluginCrm.Host.Jobs;

/// <summary>A scheduled job as <c>GET /api/jobs</c> lists it: its plugin, interval and last run.</summary>
public sealed record JobView(
    string Key, string Plugin, double IntervalSeconds, DateTime? NextRunUtc, DateTime? LastRunUtc, string? LastOutcome, string? LastError);
