using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Pipeline;
using Serilog.Context;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Delivers PostCommit steps from the outbox: each row is claimed with a lease (so one process delivers it),
/// run in its own scope, and marked delivered; a failure is retried with exponential back-off, without end,
/// so nothing is lost. Rows of a disabled module wait until it is enabled again.
/// </summary>
public sealed class OutboxDispatcher(
    PluginCatalog catalog,
    MessageCatalog messages,
    ModuleSwitches switches,
    IDbContextFactory<CrmDbContext> databases,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IOutboxDelivery
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly string owner = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), 3600));

    /// <summary>Delivers what is due now; returns how many steps ran successfully.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(o => o.DeliveredUtc == null && o.NextAttemptUtc <= now && (o.LeaseUntilUtc == null || o.LeaseUntilUtc < now))
                .OrderBy(o => o.Id).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
        }

        var disabled = await switches.DisabledIdsAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            if (await TryDeliverAsync(id, now, disabled, cancellationToken))
                delivered++;
        }
        return delivered;
    }

    private async Task<bool> TryDeliverAsync(long id, DateTime now, IReadOnlySet<string> disabled, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var leaseUntil = now + Lease;
        var claimed = await db.Outbox
            .Where(o => o.Id == id && o.DeliveredUtc == null && (o.LeaseUntilUtc == null || o.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, owner).SetProperty(o => o.LeaseUntilUtc, leaseUntil), ct);
        if (claimed == 0)
            return false;

        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id, ct);
        var entry = catalog.Find(row.PluginId);
        if (entry is null || !switches.IsEnabled(entry, disabled))
        {
            await FinishAsync(db, id, delivered: false, row.Attempts, now + TimeSpan.FromMinutes(1), "module disabled or not loaded; held", ct);
            return false;
        }

        using var _ = LogContext.PushProperty("PluginId", row.PluginId);
        using var __ = LogContext.PushProperty("Message", row.Message);
        try
        {
            var step = entry.Contributions.Steps.FirstOrDefault(s => s.StepType.FullName == row.StepType && s.Stage == PipelineStage.PostCommit)
                ?? throw new InvalidOperationException($"the plugin no longer has the step {row.StepType}");
            var payload = JsonSerializer.Deserialize<OutboxPayload>(row.Payload, StoredJson.Options)!;
            var recordType = messages.CarriedBy(row.Message, payload.RecordType) ?? typeof(JsonElement);
            var context = new PipelineContext(row.Message, PipelineStage.PostCommit, 1, payload.User,
                payload.Before.Deserialize(recordType, StoredJson.Options), payload.After.Deserialize(recordType, StoredJson.Options),
                payload.Shared.Deserialize<Dictionary<string, object?>>(StoredJson.Options));
            await using var scope = scopes.CreateAsyncScope();
            await ((IPipelineStep)scope.ServiceProvider.GetRequiredService(step.StepType)).ExecuteAsync(context, ct);
            await FinishAsync(db, id, delivered: true, row.Attempts + 1, now, null, ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var attempts = row.Attempts + 1;
            logger.LogWarning(ex, "PostCommit step {Step} failed (attempt {Attempts}); retrying in {Backoff}", row.StepType, attempts, Backoff(attempts));
            await FinishAsync(db, id, delivered: false, attempts, now + Backoff(attempts), $"{ex.GetType().Name}: {ex.Message}", ct);
            return false;
        }
    }

    private async Task FinishAsync(CrmDbContext db, long id, bool delivered, int attempts, DateTime next, string? error, CancellationToken ct)
    {
        DateTime? deliveredUtc = delivered ? time.GetUtcNow().UtcDateTime : null;
        var message = error is { Length: > 2000 } ? error[..2000] : error;
        await db.Outbox.Where(o => o.Id == id && o.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.DeliveredUtc, deliveredUtc)
            .SetProperty(o => o.Attempts, attempts)
            .SetProperty(o => o.NextAttemptUtc, next)
            .SetProperty(o => o.LastError, message)
            .SetProperty(o => o.LeaseOwner, (string?)null)
            .SetProperty(o => o.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
    }
}
