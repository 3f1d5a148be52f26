using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>
/// What every change to users, teams and API keys does alike: it runs in a transaction, counts a version, and turns
/// a clash on a unique name or e-mail into a 409. Each change audits itself, in the transaction of the change.
/// </summary>
public sealed class AccountChanges(CrmDbContext db, CrmDatabase database, TimeProvider time)
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
        await CommitAsync(transaction, ct);
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

    public void Touch(RecordEntity entity)
    {
        entity.UpdatedUtc = Now;
        entity.Version++;
    }

    public async Task SaveAsync(CancellationToken ct)
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
