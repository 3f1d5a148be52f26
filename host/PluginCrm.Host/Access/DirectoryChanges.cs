using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Tells every plugin's <see cref="IDirectoryChangeHandler"/> of a change to users or teams, inside the change's
/// transaction: the scope's connection carries that transaction from here on, so each plugin's DbContext joins it and
/// what a handler writes (a stamp that its cache is stale) commits or rolls back with the change.
/// </summary>
public sealed class DirectoryChanges(IServiceProvider services, ScopedConnection connection)
{
    /// <summary>Whether <paramref name="db"/> holds unsaved changes to users or teams.</summary>
    public static bool Pending(CrmDbContext db) => db.ChangeTracker.Entries()
        .Any(e => e.Entity is User or Team && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>Runs the handlers in <paramref name="transaction"/>; true when the scope's connection took it on here (its owner ends it after the commit).</summary>
    public async Task<bool> TellAsync(DbTransaction transaction, CancellationToken ct)
    {
        var taken = connection.Transaction is null;
        if (taken)
            connection.Transaction = transaction;
        foreach (var handler in services.GetServices<IDirectoryChangeHandler>())
            await handler.OnDirectoryChangedAsync(ct);
        return taken;
    }

    /// <summary>After the commit of a transaction <see cref="TellAsync"/> took on: plugin contexts that joined it must not carry it further.</summary>
    public void End() => connection.Transaction = null;
}
