using System.Text.Json;

namespace PluginCrm.Host.Records;

/// <summary>One change of a record as the audit API shows it.</summary>
public sealed record AuditView(long Id, DateTime OccurredUtc, long? UserId, string UserName, string Message, JsonElement? Before, JsonElement? After, string? CorrelationId, string? Reason);
