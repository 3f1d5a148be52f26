using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records;

/// <summary>
/// Computes the contact keys of the customers, leads and companies that existed before the <see cref="SearchKeys"/>
/// migration added them (every later write keeps them through its record kind). It runs in the migrate that applies that
/// migration, deleted rows included, in one transaction; the keys are derived from the record and no part of it, so
/// neither the version nor the audit changes.
/// </summary>
public sealed class SearchKeyFill : IMigrationDataStep
{
    private const int Batch = 500;

    /// <summary>The <see cref="SearchKeys"/> migration's id, as <c>GetPendingMigrations</c> lists it.</summary>
    public string MigrationId => "20261127155645_SearchKeys";

    public async Task RunAsync(CrmDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await FillAsync(db.Customers, c => (c.PhoneKey, c.NameKey) = (ContactKeys.Phone(c.Phone), ContactKeys.Name(c.Name)), db, ct);
        await FillAsync(db.Leads, l => (l.PhoneKey, l.NameKey, l.CompanyKey) = (ContactKeys.Phone(l.Phone), ContactKeys.Name(l.Name), ContactKeys.Company(l.CompanyName)), db, ct);
        await FillAsync(db.Companies, c => c.NameKey = ContactKeys.Company(c.Name), db, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task FillAsync<T>(DbSet<T> set, Action<T> key, CrmDbContext db, CancellationToken ct) where T : RecordEntity
    {
        for (long after = 0; ;)
        {
            var rows = await set.IgnoreQueryFilters().Where(r => r.Id > after).OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
                return;
            rows.ForEach(key);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = rows[^1].Id;
        }
    }
}
