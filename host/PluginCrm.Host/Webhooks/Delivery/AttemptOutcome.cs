namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>What one POST to a receiver came to: its status (null without an answer), how long it took, and why it failed.</summary>
public sealed record AttemptOutcome(int? StatusCode, int DurationMs, bool Succeeded, string? Error);
