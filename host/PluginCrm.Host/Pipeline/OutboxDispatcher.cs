using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Leases;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Pipeline;
using Serilog.Context;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Delivers PostCommit steps from the outbox: rows are claimed by lease (<see cref="RowLeases"/>: one process delivers
/// each), and a step runs in a transaction that also marks its row delivered, so what it writes to the database commits
/// exactly once even when a process dies mid-step. A failure is retried with exponential back-off, without end, so
/// nothing is lost. Rows of a disabled module wait until it is enabled again.
/// </summary>
public sealed class OutboxDispatcher(
    PluginCatalog catalog,
    MessageCatalog messages,
    ModuleSwitches switches,
    IDbContextFactory<CrmDbContext> databases,
    RowLeases leases,
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<JobOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IOutboxDelivery
{
    private const int Batch = 100;
    private readonly string owner = RowLeases.NewOwner();

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), 3600));

    /// <summary>Delivers what is due now; returns how many steps ran successfully.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<OutboxMessage> rows;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            rows = await leases.ClaimAsync(db, db.Outbox.Where(o => o.DeliveredUtc == null && o.NextAttemptUtc <= now), Batch, owner, now,
                TimeSpan.FromSeconds(options.Value.OutboxLeaseSeconds), cancellationToken);
        }
        if (rows.Count == Batch)
            signal.Wake(); // more are waiting: come back at once rather than at the next poll

        var disabled = await switches.DisabledIdsAsync(cancellationToken);
        var delivered = 0;
        foreach (var row in rows)
        {
            if (await DeliverAsync(row, now, disabled, cancellationToken))
                delivered++;
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxMessage row, DateTime now, IReadOnlySet<string> disabled, CancellationToken ct)
    {
        var entry = catalog.Find(row.PluginId);
        if (entry is null || !switches.IsEnabled(entry, disabled))
        {
            await ReleaseAsync(row.Id, row.Attempts, now + TimeSpan.FromMinutes(1), "module disabled or not loaded; held");
            return false;
        }

        using var _ = LogContext.PushProperty("PluginId", row.PluginId);
        using var __ = LogContext.PushProperty("Message", row.Message);
        try
        {
            return await RunStepAsync(row, entry, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var attempts = row.Attempts + 1;
            logger.LogWarning(ex, "PostCommit step {Step} failed (attempt {Attempts}); retrying in {Backoff}", row.StepType, attempts, Backoff(attempts));
            await ReleaseAsync(row.Id, attempts, now + Backoff(attempts), $"{ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    // The step's writes join this scope's transaction (as they join a change's in the pipeline), and the row is marked in
    // it too: a process killed mid-step leaves neither, and the row goes again once its lease expires. Should the lease
    // have passed to another process meanwhile, the mark finds no row of ours and the step's writes are rolled back.
    private async Task<bool> RunStepAsync(OutboxMessage row, PluginEntry entry, CancellationToken ct)
    {
        var step = entry.Contributions.Steps.FirstOrDefault(s => s.StepType.FullName == row.StepType && s.Stage == PipelineStage.PostCommit)
            ?? throw new InvalidOperationException($"the plugin no longer has the step {row.StepType}");
        var payload = JsonSerializer.Deserialize<OutboxPayload>(row.Payload, StoredJson.Options)!;
        var recordType = messages.CarriedBy(row.Message, payload.RecordType) ?? typeof(JsonElement);
        var context = new PipelineContext(row.Message, PipelineStage.PostCommit, 1, payload.User,
            payload.Before.Deserialize(recordType, StoredJson.Options), payload.After.Deserialize(recordType, StoredJson.Options),
            payload.Shared.Deserialize<Dictionary<string, object?>>(StoredJson.Options));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var connection = scope.ServiceProvider.GetRequiredService<ScopedConnection>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        connection.Transaction = transaction.GetDbTransaction();
        try
        {
            await ((IPipelineStep)scope.ServiceProvider.GetRequiredService(step.StepType)).ExecuteAsync(context, ct);
            var deliveredUtc = time.GetUtcNow().UtcDateTime;
            var marked = await db.Outbox.Where(o => o.Id == row.Id && o.LeaseOwner == owner && o.DeliveredUtc == null).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.DeliveredUtc, deliveredUtc)
                .SetProperty(o => o.Attempts, row.Attempts + 1)
                .SetProperty(o => o.LastError, (string?)null)
                .SetProperty(o => o.LeaseOwner, (string?)null)
                .SetProperty(o => o.LeaseUntilUtc, (DateTime?)null), ct);
            if (marked == 0)
            {
                logger.LogWarning("Outbox row {Id} was taken over by another process (its lease ran out); this delivery is rolled back", row.Id);
                await transaction.RollbackAsync(CancellationToken.None);
                return false;
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            connection.Transaction = null;
        }
        if (connection.WakeOutboxOnCommit)
            signal.Wake();
        return true;
    }

    // Not delivered: the row goes back to the queue for its next attempt.
    private async Task ReleaseAsync(long id, int attempts, DateTime next, string error)
    {
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        var message = error.Length > 2000 ? error[..2000] : error;
        await db.Outbox.Where(o => o.Id == id && o.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Attempts, attempts)
            .SetProperty(o => o.NextAttemptUtc, next)
            .SetProperty(o => o.LastError, message)
            .SetProperty(o => o.LeaseOwner, (string?)null)
            .SetProperty(o => o.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
    }
}
