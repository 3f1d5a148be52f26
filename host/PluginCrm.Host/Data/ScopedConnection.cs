using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage;

namespace PluginCrm.Host.Data;

/// <summary>
/// One connection per DI scope (an HTTP request, a job run), shared by the host's DbContext and every plugin's.
/// SQLite allows one writer: a plugin step writing through a second connection while the pipeline's
/// transaction is open would wait on the lock forever. On one connection, everything joins that transaction.
/// </summary>
public sealed class ScopedConnection(CrmDatabase database) : IAsyncDisposable, IDisposable
{
    private DbConnection? connection;

    public DbConnection Connection => connection ??= database.Provider.NewConnection();

    /// <summary>The pipeline's open transaction, which every command on this connection must carry.</summary>
    public DbTransaction? Transaction { get; set; }

    // The transactions contexts took on by joining Transaction, as EF holds them: told apart from a context's own
    // transaction, which stays its business. Npgsql reuses one transaction object per connection, so the DbTransaction
    // alone cannot say whether it is the same transaction still.
    private readonly ConditionalWeakTable<IDbContextTransaction, object> joined = new();

    /// <summary>Records that a context holds <paramref name="transaction"/> because it joined <see cref="Transaction"/>.</summary>
    public void Joined(IDbContextTransaction transaction) => joined.AddOrUpdate(transaction, this);

    /// <summary>Whether a context holds <paramref name="transaction"/> because it joined <see cref="Transaction"/>, not of its own.</summary>
    public bool IsJoined(IDbContextTransaction transaction) => joined.TryGetValue(transaction, out _);

    /// <summary>Set when a notification was queued inside <see cref="Transaction"/>: the outbox is woken after the commit.</summary>
    public bool WakeOutboxOnCommit { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
            await connection.DisposeAsync();
    }

    // A plugin (or a test) may dispose its scope synchronously; the container then needs IDisposable.
    public void Dispose() => connection?.Dispose();
}
