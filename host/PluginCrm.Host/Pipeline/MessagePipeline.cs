using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Pipeline;
using Serilog.Context;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Runs a change through PreValidation (outside the transaction), then PreOperation, the core operation,
/// the audit entry and PostOperation inside one transaction, and queues PostCommit steps in the outbox in
/// that same transaction. Steps of disabled modules do not run.
/// </summary>
public sealed class MessagePipeline(
    PluginCatalog catalog,
    ModuleSwitches switches,
    CrmDbContext db,
    ScopedConnection connection,
    IServiceProvider services,
    OutboxSignal outboxSignal,
    TimeProvider time,
    IHttpContextAccessor http,
    IEnumerable<ICommitListener> listeners,
    ILogger<MessagePipeline> logger)
{
    public const int MaxDepth = 8;
    private static readonly AsyncLocal<int> CurrentDepth = new();

    public async Task<TRecord?> RunAsync<TRecord>(PipelineRequest<TRecord> request, CancellationToken cancellationToken) where TRecord : class
    {
        var depth = CurrentDepth.Value + 1;
        if (depth > MaxDepth)
            throw new PipelineDepthException(request.Message, depth);
        CurrentDepth.Value = depth;
        using var _ = LogContext.PushProperty("Message", request.Message);
        try
        {
            return await RunAtDepthAsync(request, depth, cancellationToken);
        }
        finally
        {
            CurrentDepth.Value = depth - 1;
        }
    }

    private async Task<TRecord?> RunAtDepthAsync<TRecord>(PipelineRequest<TRecord> request, int depth, CancellationToken ct) where TRecord : class
    {
        var steps = await StepsForAsync(request.Message, ct);
        var shared = new Dictionary<string, object?>();
        var target = await RunStageAsync(steps, PipelineStage.PreValidation, request, depth, request.Target, shared, ct);

        // A change made by a step of an outer change joins the outer transaction.
        var owned = connection.Transaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (owned is not null)
            connection.Transaction = owned.GetDbTransaction();
        try
        {
            target = await RunStageAsync(steps, PipelineStage.PreOperation, request, depth, target, shared, ct);
            var after = await request.Core(target, ct);
            Audit(request, after);
            if (request.Then is { } then)
                await then(after, ct);
            await RunStageAsync(steps, PipelineStage.PostOperation, request, depth, after, shared, ct);
            QueuePostCommit(steps, request, after, shared);
            await TellListenersAsync(request, after, ct);
            await db.SaveChangesAsync(ct);
            if (owned is not null)
                await owned.CommitAsync(ct);
            if (owned is not null && connection.WakeOutboxOnCommit)
                outboxSignal.Wake();
            return after;
        }
        finally
        {
            if (owned is not null)
            {
                connection.Transaction = null;
                connection.WakeOutboxOnCommit = false;
                await owned.DisposeAsync(); // rolls back unless committed
                db.ChangeTracker.Clear();
            }
        }
    }

    private IReadOnlySet<string>? disabledInScope;

    // The switches are read once per scope (an HTTP request, a job run, one import), not once per message.
    private async Task<List<StepDefinition>> StepsForAsync(string message, CancellationToken ct)
    {
        var disabled = disabledInScope ??= await switches.DisabledIdsAsync(ct);
        return catalog.Loaded
            .Where(e => switches.IsEnabled(e, disabled))
            .SelectMany(e => e.Contributions.Steps)
            .Where(s => s.Message == message)
            .OrderBy(s => s.Stage).ThenBy(s => s.Order).ThenBy(s => s.PluginId, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<TRecord?> RunStageAsync<TRecord>(
        List<StepDefinition> steps, PipelineStage stage, PipelineRequest<TRecord> request, int depth, TRecord? target,
        Dictionary<string, object?> shared, CancellationToken ct) where TRecord : class
    {
        foreach (var step in steps.Where(s => s.Stage == stage))
        {
            var context = new PipelineContext(request.Message, stage, depth, request.User, request.Before, target, shared);
            using var _ = LogContext.PushProperty("PluginId", step.PluginId);
            try
            {
                await ((IPipelineStep)services.GetRequiredService(step.StepType)).ExecuteAsync(context, ct);
            }
            catch (Exception ex) when (ex is not PipelineValidationException and not PipelineDepthException and not PipelineStepException and not OperationCanceledException)
            {
                logger.LogError(ex, "Step {Step} of plugin {PluginId} failed on {Message}; rolling back", step.StepType.Name, step.PluginId, request.Message);
                throw new PipelineStepException(step.PluginId, request.Message, ex);
            }
            if (stage is PipelineStage.PreValidation or PipelineStage.PreOperation)
                target = context.Target as TRecord ?? throw new PipelineStepException(step.PluginId, request.Message,
                    new InvalidOperationException($"the step set the target to {context.Target?.GetType().Name ?? "null"}, not a {typeof(TRecord).Name}"));
        }
        return target;
    }

    private void Audit<TRecord>(PipelineRequest<TRecord> request, TRecord? after) where TRecord : class
    {
        var record = after ?? request.Before;
        db.Audit.Add(new AuditEntry
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            UserId = request.User.UserId,
            UserName = request.User.Name,
            Message = request.Message,
            RecordType = request.RecordType,
            RecordId = record is null ? 0 : request.IdOf(record),
            Before = request.Before is null ? null : JsonSerializer.Serialize(request.Before, StoredJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, StoredJson.Options),
            CorrelationId = http.HttpContext?.TraceIdentifier,
            Reason = request.Reason,
        });
    }

    private async Task TellListenersAsync<TRecord>(PipelineRequest<TRecord> request, TRecord? after, CancellationToken ct) where TRecord : class
    {
        var change = new CommittingChange(request.Message, request.RecordType, request.User, request.Before, after);
        foreach (var listener in listeners)
            if (await listener.OnCommittingAsync(change, ct))
                connection.WakeOutboxOnCommit = true;
    }

    private void QueuePostCommit<TRecord>(List<StepDefinition> steps, PipelineRequest<TRecord> request, TRecord? after, Dictionary<string, object?> shared) where TRecord : class
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var step in steps.Where(s => s.Stage == PipelineStage.PostCommit))
        {
            connection.WakeOutboxOnCommit = true; // by whoever commits: this change, or the outer one it joined
            var payload = new OutboxPayload(request.RecordType, request.User, JsonSerializer.SerializeToElement(request.Before, StoredJson.Options),
                JsonSerializer.SerializeToElement(after, StoredJson.Options), JsonSerializer.SerializeToElement(shared, StoredJson.Options));
            db.Outbox.Add(new OutboxMessage
            {
                Message = request.Message,
                PluginId = step.PluginId,
                StepType = step.StepType.FullName!,
                Payload = JsonSerializer.Serialize(payload, StoredJson.Options),
                CreatedUtc = now,
                NextAttemptUtc = now,
            });
        }
    }
}
