using Microsoft.EntityFrameworkCore.Metadata;

namespace PluginCrm.Host.Data;

/// <summary>
/// Writes many new rows of the host's tables in the scope's open transaction without the change tracker: one prepared
/// command per table for the whole scope (an import), on the scope's connection. What EF Core would store, column by
/// column, from the same model; no provider is named here.
/// </summary>
public sealed class BulkInsert(CrmDbContext db, ScopedConnection scope) : IDisposable
{
    private readonly Dictionary<(IEntityType, bool), TableInsert> tables = [];

    /// <summary>Inserts <paramref name="rows"/> in order; with <paramref name="readKeys"/> each gets its generated id, and its child rows (an order's lines) follow it.</summary>
    public async Task InsertAsync<TEntity>(IEnumerable<TEntity> rows, bool readKeys, CancellationToken ct) where TEntity : class
    {
        var type = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the host's model");
        if (!tables.TryGetValue((type, readKeys), out var table))
            tables[(type, readKeys)] = table = new TableInsert(db, scope.Connection, type, readKeys);
        await table.InsertAsync(rows.Cast<object>().ToList(), scope.Transaction, ct);
    }

    public void Dispose()
    {
        foreach (var table in tables.Values)
            table.Dispose();
    }
}
