using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// <see cref="RecordWriter"/>'s create and update for many records of one kind at once (an import's batch), with the same
/// semantics: the kind's checks (answered a query per check for the batch), one <c>&lt;kind&gt;.create</c> or
/// <c>.update</c> message per record through the batch pipeline, version 1 or the version held, the kind's consequences.
/// New rows go in through prepared commands rather than the change tracker. A refused item is a
/// <see cref="BatchRefusedException"/> naming it; the caller's transaction rolls back.
/// </summary>
public sealed class RecordBatchWriter(CrmDbContext db, MessagePipeline pipeline, RecordChecks checks, BulkInsert bulk, RecordWriter writer, RecordReader reader,
    TimeProvider time, IServiceProvider services)
{
    public async Task<IReadOnlyList<TRecord>> CreateManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<TRecord> inputs, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RecordWriter.RequireWrite(kind, user);
        var targets = await checks.CheckedManyAsync(kind, inputs.Select(i => (i, (TRecord?)null)).ToList(), user, ct);
        var batch = new PipelineBatch<TRecord>($"{kind.Name}.create", kind.Name, user, targets.Select(t => ((TRecord?)null, t)).ToList(), async (changed, token) =>
        {
            var final = await checks.RecheckedManyAsync(kind, targets, changed, new TRecord?[changed.Count], user, token);
            var now = time.GetUtcNow().UtcDateTime;
            var entities = final.Select(record =>
            {
                var entity = new TEntity();
                kind.Apply(record, entity);
                entity.CreatedUtc = entity.UpdatedUtc = now;
                entity.Version = 1;
                return entity;
            }).ToList();
            await bulk.InsertAsync(entities, readKeys: true, token);
            var stored = entities.Select(kind.ToRecord).ToList();
            foreach (var record in stored)
                await kind.AfterCreateAsync(record, user, reader, writer, token);
            return stored;
        }, kind.IdOf) { Then = (written, token) => kind.AfterWriteManyAsync(written, services, token) };
        return await pipeline.RunBatchAsync(batch, ct);
    }

    /// <summary>Replaces each <c>Before</c> by its <c>Input</c>, held to the version of <c>Before</c> (a record changed since it was read is a conflict).</summary>
    public async Task<IReadOnlyList<TRecord>> UpdateManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<(TRecord Before, TRecord Input)> items, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        RecordWriter.RequireWrite(kind, user);
        var befores = items.Select(i => (TRecord?)i.Before).ToList();
        var targets = await checks.CheckedManyAsync(kind, items.Select(i => (i.Input, (TRecord?)i.Before)).ToList(), user, ct);
        var batch = new PipelineBatch<TRecord>($"{kind.Name}.update", kind.Name, user, items.Select((item, i) => ((TRecord?)item.Before, targets[i])).ToList(), async (changed, token) =>
        {
            var final = await checks.RecheckedManyAsync(kind, targets, changed, befores, user, token);
            var ids = items.Select(i => kind.IdOf(i.Before)).ToList();
            var entities = await kind.Writable(db, user).Where(e => EF.Parameter(ids).Contains(e.Id)).ToDictionaryAsync(e => e.Id, token);
            var written = new List<TEntity>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var entity = entities.GetValueOrDefault(ids[i]) ?? throw new NotFoundException($"there is no {kind.Name} {ids[i]}");
                RecordWriter.RequireVersion(kind, entity, kind.VersionOf(items[i].Before));
                kind.Apply(final[i], entity);
                writer.Touch(entity);
                written.Add(entity);
            }
            await writer.SaveAsync(kind, token);
            return written.Select(kind.ToRecord).ToList();
        }, kind.IdOf) { Then = (written, token) => kind.AfterWriteManyAsync(written, services, token) };
        return await pipeline.RunBatchAsync(batch, ct);
    }
}
