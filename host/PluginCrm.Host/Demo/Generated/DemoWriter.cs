using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Writes generated records in bulk, leaving what <c>&lt;kind&gt;.create</c> through the pipeline would have left: the kind's
/// own normalising and <see cref="RecordKind{TEntity,TRecord}.Apply"/> (so search keys and totals are the kind's), version
/// 1, and one audit entry per record, by <see cref="Actor"/>, at the time the record was created. Thousands of pipeline
/// messages would take a minute; the import's prepared inserts (<see cref="BulkInsert"/>) take a second. The rows join the
/// scope's open transaction, or, without one, go in one transaction of their own.
/// </summary>
public sealed class DemoWriter(CrmDbContext db, BulkInsert bulk, ScopedConnection connection)
{
    public static readonly ActingUser Actor = ActingUser.System with { Name = "demo" };

    public CrmDbContext Db => db;

    public Task<List<TEntity>> CreateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IEnumerable<(TRecord Record, DateTime CreatedUtc)> rows, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        CreateAsync(kind, rows.Select(r => new DemoHistory<TRecord>(r.Record, r.CreatedUtc, [])), ct);

    /// <summary>
    /// Writes each record as its last change left it (version 1 + its changes, updated at the last), with an audit entry for
    /// its creation and one for each change (<c>&lt;kind&gt;.update</c>, the record before and after, by whom and why), dated
    /// when they happened: the history a record that lived through them has, which the KPIs and the timeline read.
    /// </summary>
    public async Task<List<TEntity>> CreateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IEnumerable<DemoHistory<TRecord>> histories, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var written = new List<(TEntity Entity, List<(TEntity State, DateTime At, DemoChange<TRecord>? Change)> States)>();
        foreach (var history in histories)
        {
            List<(TEntity State, DateTime At, DemoChange<TRecord>? Change)> states = [(Applied(kind, history.Created), history.CreatedUtc, null)];
            states.AddRange(history.Changes.Select(c => (Applied(kind, c.After), c.OccurredUtc, (DemoChange<TRecord>?)c)));
            var entity = states[^1].State;
            entity.CreatedUtc = history.CreatedUtc;
            entity.UpdatedUtc = states[^1].At;
            entity.Version = states.Count;
            written.Add((entity, states));
        }
        var entities = written.Select(w => w.Entity).ToList();
        await InTransactionAsync(async () =>
        {
            await bulk.InsertAsync(entities, readKeys: true, ct);
            await bulk.InsertAsync(written.SelectMany(w => AuditOf(kind, w.Entity, w.States)), readKeys: false, ct); // read after the keys
        }, ct);
        return entities;
    }

    private static TEntity Applied<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord record) where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = new FieldErrors();
        var normal = kind.Normalize(record, null, Actor, errors);
        errors.ThrowIfAny(); // a generator bug, not user input: fail loudly
        var entity = new TEntity();
        kind.Apply(normal, entity);
        return entity;
    }

    private static IEnumerable<AuditEntry> AuditOf<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TEntity written, List<(TEntity State, DateTime At, DemoChange<TRecord>? Change)> states)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        string? before = null;
        for (var i = 0; i < states.Count; i++)
        {
            var (state, at, change) = states[i];
            (state.Id, state.CreatedUtc, state.UpdatedUtc, state.Version) = (written.Id, written.CreatedUtc, at, i + 1);
            var after = JsonSerializer.Serialize(kind.ToRecord(state), StoredJson.Options);
            yield return new AuditEntry
            {
                OccurredUtc = at,
                UserId = change?.By.UserId,
                UserName = change?.By.Name ?? Actor.Name,
                Message = $"{kind.Name}.{(change is null ? "create" : "update")}",
                RecordType = kind.Name,
                RecordId = written.Id,
                Before = before,
                After = after,
                Reason = change?.Reason,
            };
            before = after;
        }
    }

    private async Task InTransactionAsync(Func<Task> write, CancellationToken ct)
    {
        if (connection.Transaction is not null)
        {
            await write();
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        connection.Transaction = transaction.GetDbTransaction();
        try
        {
            await write();
            await transaction.CommitAsync(ct);
        }
        finally
        {
            connection.Transaction = null;
        }
    }
}

/// <summary>A generated record as created, and what happened to it since, oldest first.</summary>
public sealed record DemoHistory<TRecord>(TRecord Created, DateTime CreatedUtc, IReadOnlyList<DemoChange<TRecord>> Changes);

/// <summary>A change of a generated record: the record after it, when, by whom and why.</summary>
public sealed record DemoChange<TRecord>(TRecord After, DateTime OccurredUtc, ActingUser By, string Reason);
