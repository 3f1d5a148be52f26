using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PluginCrm.Host.Data.Providers;

/// <summary>Sets SQLite's per-connection pragmas: wait for a lock instead of failing at once, and enforce foreign keys.</summary>
internal sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection, busyTimeoutMs);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection, busyTimeoutMs);
        return Task.CompletedTask;
    }

    /// <summary>Sets the pragmas on a connection EF does not open (the copy's).</summary>
    public static void Apply(DbConnection connection, int busyTimeoutMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
