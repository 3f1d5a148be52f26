using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>
/// What every change to users, teams and API keys does alike: it runs in a transaction, counts a version, and turns
/// a clash on a unique name or e-mail into a 409. Each change audits itself, in the transaction of the change, and a
/// change to users or teams tells the plugins in that transaction (<see cref="DirectoryChanges"/>).
/// </summary>
public sealed class AccountChanges(CrmDbContext db, CrmDatabase database, DirectoryChanges directory, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Inserts <paramref name="row"/>, then lets <paramref name="then"/> add what goes with it once it has its id (its audit
    /// entry), all saved in one transaction.
    /// </summary>
    public async Task InsertAsync<TEntity>(TEntity row, Func<Task> then, CancellationToken ct) where TEntity : class
    {
        await using var transaction = await BeginAsync(ct);
        db.Add(row);
        await SaveAsync(ct);
        await then();
        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public Task InsertAsync<TEntity>(TEntity row, Action then, CancellationToken ct) where TEntity : class =>
        InsertAsync(row, () =>
        {
            then();
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The change's transaction: inside an import's (or a caller's) transaction the change joins it and the handle does
    /// nothing; else it is one of the change's own, rolled back unless committed. Disposing it also lets the scope's
    /// connection go of it if the plugins were told of a directory change in it, so no plugin context carries it on.
    /// </summary>
    public async Task<Transaction> BeginAsync(CancellationToken ct) =>
        new(this, db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null);

    public sealed class Transaction(AccountChanges changes, IDbContextTransaction? own) : IAsyncDisposable
    {
        public async Task CommitAsync(CancellationToken ct)
        {
            if (own is not null)
                await own.CommitAsync(ct);
        }

        public ValueTask DisposeAsync()
        {
            if (own is null)
                return ValueTask.CompletedTask;
            changes.LetGoOfScopeTransaction();
            return own.DisposeAsync();
        }
    }

    private bool scopeTransactionTaken;

    private void LetGoOfScopeTransaction()
    {
        if (!scopeTransactionTaken)
            return;
        directory.End();
        scopeTransactionTaken = false;
    }

    public void Touch(RecordEntity entity)
    {
        entity.UpdatedUtc = Now;
        entity.Version++;
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        if (!DirectoryChanges.Pending(db))
        {
            await SaveChangesAsync(ct);
            return;
        }
        // The plugins are told in the change's transaction: the caller's, or one of this save's own.
        await using var transaction = await BeginAsync(ct);
        scopeTransactionTaken |= await directory.TellAsync(db.Database.CurrentTransaction!.GetDbTransaction(), ct);
        await SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is { } inner && database.Provider.IsUniqueViolation(inner, out _))
        {
            throw new ConflictException("another record with the same name or e-mail was saved at the same moment; try again");
        }
    }
}
