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
        try
        {
            db.Add(row);
            await SaveAsync(ct);
            await then();
            await SaveAsync(ct);
            await CommitAsync(transaction, ct);
        }
        finally
        {
            Ended(transaction);
        }
    }

    public Task InsertAsync<TEntity>(TEntity row, Action then, CancellationToken ct) where TEntity : class =>
        InsertAsync(row, () =>
        {
            then();
            return Task.CompletedTask;
        }, ct);

    // Inside an import's (or a caller's) transaction, the change joins it; else it gets one of its own.
    public async Task<IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    public static async Task CommitAsync(IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null)
            await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// After the commit or rollback of a transaction <see cref="BeginAsync"/> gave: if the plugins were told of a directory
    /// change in it, the scope's connection lets go of it, so no plugin context carries it into its next command.
    /// </summary>
    public void Ended(IDbContextTransaction? transaction)
    {
        if (transaction is null || !scopeTransactionTaken)
            return;
        directory.End();
        scopeTransactionTaken = false;
    }

    private bool scopeTransactionTaken;

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
        await using var owned = await BeginAsync(ct);
        try
        {
            scopeTransactionTaken |= await directory.TellAsync(db.Database.CurrentTransaction!.GetDbTransaction(), ct);
            await SaveChangesAsync(ct);
            await CommitAsync(owned, ct);
        }
        finally
        {
            Ended(owned);
        }
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
