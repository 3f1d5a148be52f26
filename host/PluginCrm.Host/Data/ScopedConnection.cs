using System.Data.Common;

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
    public DbTransaction? Transaction
    {
        get => transaction;
        set
        {
            if (value is null && transaction is not null)
                ended.Add(transaction);
            transaction = value;
        }
    }

    private DbTransaction? transaction;
    private readonly HashSet<DbTransaction> ended = [];

    /// <summary>Whether <paramref name="candidate"/> is a transaction of this scope that ended: a DbContext that joined it must not carry it into its next command.</summary>
    public bool HasEnded(DbTransaction candidate) => ended.Contains(candidate);

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
