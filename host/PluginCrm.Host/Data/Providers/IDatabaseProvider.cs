using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, in one place: connections, the EF Core provider, what a new
/// database needs, how a unique key's clash and a table's drop are said. Nothing else in the host names a provider.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary><c>sqlite</c> or <c>postgres</c>, as <c>Database:Provider</c> names it.</summary>
    string Name { get; }

    /// <summary>Where the data is, for messages (a file, or a server and database; never a password).</summary>
    string Location { get; }

    /// <summary>Whether there is a database to read yet (SQLite: the file; PostgreSQL: taken as there, a failed read is caught).</summary>
    bool Exists { get; }

    DbConnection NewConnection();

    /// <summary>Points a context at the database, on its own connection or on the scope's <paramref name="shared"/> one.</summary>
    void Use(DbContextOptionsBuilder builder, string historyTable, DbConnection? shared);

    /// <summary>What an empty database needs before the migrations run (SQLite: write-ahead logging).</summary>
    Task PrepareAsync(DbContext db, CancellationToken ct);

    /// <summary>Whether a failed save clashed on a unique key; <paramref name="detail"/> names it as the database did.</summary>
    bool IsUniqueViolation(Exception exception, out string detail);

    /// <summary>
    /// Whether a claim can lock the rows it reads and skip those others hold (PostgreSQL); SQLite has one writer at a
    /// time, so its conditional update alone decides.
    /// </summary>
    bool SkipsLockedRows { get; }

    /// <summary>Drops a table whatever refers to it (its plugin's other tables, dropped in the same transaction).</summary>
    string DropTable(string delimitedName);
}
