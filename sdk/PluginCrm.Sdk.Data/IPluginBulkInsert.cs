using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Sdk.Data;

/// <summary>
/// Writes many new rows of a plugin's own table at once without EF Core's change tracker: one prepared <c>INSERT</c> reused
/// for every row (SQLite) or batches of them (PostgreSQL), each column stored as EF Core would store it from the context's
/// model (money, UTC times, enums). For a job that writes thousands of rows (value scoring's scores); a few rows are
/// simpler through <c>SaveChanges</c>.
/// </summary>
public interface IPluginBulkInsert
{
    /// <summary>
    /// Inserts <paramref name="rows"/> of <typeparamref name="TEntity"/> on <paramref name="context"/>'s connection, in its
    /// current transaction if it has one. Generated keys are not read back, and a row's navigations are not written: an
    /// entity type with collections to write throws <see cref="ArgumentException"/>, as does a type not in the context's model.
    /// </summary>
    Task InsertAsync<TEntity>(DbContext context, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken) where TEntity : class;
}
