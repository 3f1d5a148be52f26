using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Records.Lifecycle;

/// <summary>
/// The customer's lifecycle: its stage when it was created and every move since, from the audit (the host's moves with
/// their reason, a user's by hand). An update that left the stage alone is no entry; audit rows are read in batches of
/// the window's size until the window is full.
/// </summary>
public sealed class LifecycleTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "lifecycle";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var moves = new List<TimelineEntry>();
        var rows = db.Audit.AsNoTracking().Where(a => a.RecordType == RecordTypes.Customer && a.RecordId == customerId
            && (a.Message == CoreMessages.Customer.Create || a.Message == CoreMessages.Customer.Update));
        while (moves.Count < window.Limit)
        {
            var batch = await window.Apply(rows, a => a.OccurredUtc, a => a.Id).ToListAsync(cancellationToken);
            moves.AddRange(batch.Select(Move).OfType<TimelineEntry>());
            if (batch.Count < window.Limit)
                break;
            window = window with { BeforeUtc = batch[^1].OccurredUtc, BeforeSequence = batch[^1].Id };
        }
        return moves.Take(window.Limit).ToList();
    }

    private static TimelineEntry? Move(AuditEntry a)
    {
        var (from, to) = (Stage(a.Before), Stage(a.After));
        if (to is null || from == to)
            return null;
        return new TimelineEntry(a.OccurredUtc, a.Id, Kind, from is null ? $"Created as {to}" : $"Stage {from} → {to}")
        {
            Detail = a.Reason,
            ActorUserId = a.UserId,
            ActorName = a.UserName,
            Data = new Dictionary<string, object?> { ["from"] = from, ["to"] = to },
        };
    }

    private static string? Stage(string? json)
    {
        if (json is null)
            return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("stage", out var stage) && stage.ValueKind == JsonValueKind.String ? stage.GetString() : null;
    }
}
