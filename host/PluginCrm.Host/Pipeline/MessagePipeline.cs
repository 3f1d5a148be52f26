using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using Serilog.Context;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Runs a change through PreValidation (outside the transaction), then PreOperation, the core operation,
/// the audit entry and PostOperation inside one transaction, and queues PostCommit steps in the outbox in
/// that same transaction. Steps of disabled modules do not run. A batch of changes of one message (an import's) runs
/// the same stages for each item, around one core operation for all, with its audit and outbox rows written in bulk.
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
    BulkInsert bulk,
    ILogger<MessagePipeline> logger)
{
    public const int MaxDepth = 8;
    private static readonly AsyncLocal<int> CurrentDepth = new();

    public async Task<TRecord?> RunAsync<TRecord>(PipelineRequest<TRecord> request, CancellationToken cancellationToken) where TRecord : class
    {
        var depth = Enter(request.Message);
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

    private static int Enter(string message)
    {
        var depth = CurrentDepth.Value + 1;
        if (depth > MaxDepth)
            throw new PipelineDepthException(message, depth);
        CurrentDepth.Value = depth;
        return depth;
    }

    private async Task<TRecord?> RunAtDepthAsync<TRecord>(PipelineRequest<TRecord> request, int depth, CancellationToken ct) where TRecord : class
    {
        var steps = await StepsForAsync(request.Message, ct);
        var shared = new Dictionary<string, object?>();
        var target = await RunStageAsync(steps, PipelineStage.PreValidation, request.Message, request.User, request.Before, depth, request.Target, shared, ct);

        // A change made by a step of an outer change joins the outer transaction.
        var owned = connection.Transaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (owned is not null)
            connection.Transaction = owned.GetDbTransaction();
        try
        {
            target = await RunStageAsync(steps, PipelineStage.PreOperation, request.Message, request.User, request.Before, depth, target, shared, ct);
            var after = await request.Core(target, ct);
            db.Audit.Add(AuditOf(request.Message, request.RecordType, request.User, request.Before, after, request.IdOf, request.Reason));
            if (request.Then is { } then)
                await then(after, ct);
            await RunStageAsync(steps, PipelineStage.PostOperation, request.Message, request.User, request.Before, depth, after, shared, ct);
            db.Outbox.AddRange(PostCommitOf(steps, request.Message, request.RecordType, request.User, request.Before, after, shared));
            await TellListenersAsync(request.Message, request.RecordType, request.User, request.Before, after, ct);
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

    /// <summary>
    /// Runs a batch as <see cref="RunAsync"/> runs each change: every item through the enabled modules' steps at every
    /// stage (a module with no step for the message costs nothing per item), the core operation once for all, an audit
    /// entry and the PostCommit deliveries of each item written in bulk. It joins its caller's open transaction (an
    /// import's), which rolls back whole on a refused item (a <see cref="BatchRefusedException"/> naming it) or any failure.
    /// </summary>
    public async Task<IReadOnlyList<TRecord>> RunBatchAsync<TRecord>(PipelineBatch<TRecord> batch, CancellationToken ct) where TRecord : class
    {
        if (connection.Transaction is null)
            throw new InvalidOperationException($"a batch of {batch.Message} runs in its caller's transaction");
        var depth = Enter(batch.Message);
        using var _ = LogContext.PushProperty("Message", batch.Message);
        try
        {
            var (items, steps) = (batch.Items, await StepsForAsync(batch.Message, ct));
            var shared = steps.Count == 0 ? [] : items.Select(_ => new Dictionary<string, object?>()).ToArray();
            var targets = items.Select(i => i.Target).ToArray();
            await EachItemAsync(steps, PipelineStage.PreValidation, batch, depth, targets, shared, ct);
            await EachItemAsync(steps, PipelineStage.PreOperation, batch, depth, targets, shared, ct);
            var after = await batch.Core(targets, ct);
            await bulk.InsertAsync(items.Select((item, i) => AuditOf(batch.Message, batch.RecordType, batch.User, item.Before, after[i], batch.IdOf, null)), readKeys: false, ct);
            if (batch.Then is { } then)
                await then(after, ct);
            await EachItemAsync(steps, PipelineStage.PostOperation, batch, depth, [.. after], shared, ct);
            if (steps.Any(s => s.Stage == PipelineStage.PostCommit))
                await bulk.InsertAsync(items.SelectMany((item, i) => PostCommitOf(steps, batch.Message, batch.RecordType, batch.User, item.Before, after[i], shared[i])), readKeys: false, ct);
            for (var i = 0; i < items.Count; i++)
                await TellListenersAsync(batch.Message, batch.RecordType, batch.User, items[i].Before, after[i], ct);
            await db.SaveChangesAsync(ct); // what steps and listeners added through the context
            return after;
        }
        finally
        {
            CurrentDepth.Value = depth - 1;
            db.ChangeTracker.Clear(); // a batch's tracked rows are done with; the next batch must not drag them along
        }
    }

    // A step's refusal names the item, so that an import can name its row.
    private async Task EachItemAsync<TRecord>(List<StepDefinition> steps, PipelineStage stage, PipelineBatch<TRecord> batch, int depth,
        TRecord[] targets, Dictionary<string, object?>[] shared, CancellationToken ct) where TRecord : class
    {
        if (!steps.Any(s => s.Stage == stage))
            return;
        for (var i = 0; i < targets.Length; i++)
        {
            try
            {
                targets[i] = (await RunStageAsync(steps, stage, batch.Message, batch.User, batch.Items[i].Before, depth, targets[i], shared[i], ct))!;
            }
            catch (PipelineValidationException ex)
            {
                throw new BatchRefusedException([new BatchItemError(i, ex.Field ?? "", ex.Message)]);
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
        List<StepDefinition> steps, PipelineStage stage, string message, ActingUser user, TRecord? before, int depth, TRecord? target,
        Dictionary<string, object?> shared, CancellationToken ct) where TRecord : class
    {
        foreach (var step in steps.Where(s => s.Stage == stage))
        {
            var context = new PipelineContext(message, stage, depth, user, before, target, shared);
            using var _ = LogContext.PushProperty("PluginId", step.PluginId);
            try
            {
                await ((IPipelineStep)services.GetRequiredService(step.StepType)).ExecuteAsync(context, ct);
            }
            catch (Exception ex) when (ex is not PipelineValidationException and not PipelineDepthException and not PipelineStepException and not OperationCanceledException)
            {
                logger.LogError(ex, "Step {Step} of plugin {PluginId} failed on {Message}; rolling back", step.StepType.Name, step.PluginId, message);
                throw new PipelineStepException(step.PluginId, message, ex);
            }
            if (stage is PipelineStage.PreValidation or PipelineStage.PreOperation)
                target = context.Target as TRecord ?? throw new PipelineStepException(step.PluginId, message,
                    new InvalidOperationException($"the step set the target to {context.Target?.GetType().Name ?? "null"}, not a {typeof(TRecord).Name}"));
        }
        return target;
    }

    private AuditEntry AuditOf<TRecord>(string message, string recordType, ActingUser user, TRecord? before, TRecord? after, Func<TRecord, long> idOf, string? reason)
        where TRecord : class
    {
        var record = after ?? before;
        return new AuditEntry
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.Name,
            Message = message,
            RecordType = recordType,
            RecordId = record is null ? 0 : idOf(record),
            Before = before is null ? null : JsonSerializer.Serialize(before, StoredJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, StoredJson.Options),
            CorrelationId = http.HttpContext?.TraceIdentifier,
            Reason = reason,
        };
    }

    private async Task TellListenersAsync<TRecord>(string message, string recordType, ActingUser user, TRecord? before, TRecord? after, CancellationToken ct) where TRecord : class
    {
        var change = new CommittingChange(message, recordType, user, before, after);
        foreach (var listener in listeners)
            if (await listener.OnCommittingAsync(change, ct))
                connection.WakeOutboxOnCommit = true;
    }

    // Made at once, not lazily: asking for the outbox to be woken must not wait for someone to enumerate the rows.
    private List<OutboxMessage> PostCommitOf<TRecord>(List<StepDefinition> steps, string message, string recordType, ActingUser user, TRecord? before, TRecord? after,
        Dictionary<string, object?> shared) where TRecord : class
    {
        var postCommit = steps.Where(s => s.Stage == PipelineStage.PostCommit).ToList();
        if (postCommit.Count == 0)
            return [];
        connection.WakeOutboxOnCommit = true; // by whoever commits: this change, or the outer one it joined (an import's)
        var now = time.GetUtcNow().UtcDateTime;
        var payload = JsonSerializer.Serialize(new OutboxPayload(recordType, user, JsonSerializer.SerializeToElement(before, StoredJson.Options),
            JsonSerializer.SerializeToElement(after, StoredJson.Options), JsonSerializer.SerializeToElement(shared, StoredJson.Options)), StoredJson.Options);
        return postCommit.Select(step => new OutboxMessage
        {
            Message = message,
            PluginId = step.PluginId,
            StepType = step.StepType.FullName!,
            Payload = payload,
            CreatedUtc = now,
            NextAttemptUtc = now,
        }).ToList();
    }
}
