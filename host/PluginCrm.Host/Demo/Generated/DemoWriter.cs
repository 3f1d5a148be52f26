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

    public async Task<List<TEntity>> CreateAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IEnumerable<(TRecord Record, DateTime CreatedUtc)> rows, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var entities = new List<TEntity>();
        foreach (var (record, created) in rows)
        {
            var errors = new FieldErrors();
            var normal = kind.Normalize(record, null, Actor, errors);
            errors.ThrowIfAny(); // a generator bug, not user input: fail loudly
            var entity = new TEntity();
            kind.Apply(normal, entity);
            entity.CreatedUtc = entity.UpdatedUtc = created;
            entity.Version = 1;
            entities.Add(entity);
        }
        var audit = entities.Select(e => new AuditEntry
        {
            OccurredUtc = e.CreatedUtc,
            UserName = Actor.Name,
            Message = $"{kind.Name}.create",
            RecordType = kind.Name,
            RecordId = e.Id, // read when the entry is written, after its record
            After = JsonSerializer.Serialize(kind.ToRecord(e), StoredJson.Options),
        });
        await InTransactionAsync(async () =>
        {
            await bulk.InsertAsync(entities, readKeys: true, ct);
            await bulk.InsertAsync(audit, readKeys: false, ct);
        }, ct);
        return entities;
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
