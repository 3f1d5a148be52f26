using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Sdk.Data;

namespace PluginCrm.Host.Data;

/// <summary>The SDK's <see cref="IPluginBulkInsert"/>: the host's own bulk insert (<see cref="TableInsert"/>) over a plugin's model.</summary>
public sealed class PluginBulkInsert : IPluginBulkInsert
{
    public async Task InsertAsync<TEntity>(DbContext context, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken) where TEntity : class
    {
        var type = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new ArgumentException($"{typeof(TEntity).Name} is not in {context.GetType().Name}'s model", nameof(rows));
        if (type.GetNavigations().Any(n => n.IsCollection && !n.IsOnDependent))
            throw new ArgumentException($"{typeof(TEntity).Name} has collections, which a bulk insert does not write: insert each table's rows on their own", nameof(rows));
        if (rows.Count == 0)
            return;
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var insert = new TableInsert(context, context.Database.GetDbConnection(), type, readKey: false);
            await insert.InsertAsync([.. rows], context.Database.CurrentTransaction?.GetDbTransaction(), cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
