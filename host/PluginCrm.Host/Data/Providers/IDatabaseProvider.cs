using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, in one place: connections, the EF Core provider, what a new
/// database needs, how a unique key's clash and a table's drop are said, and what a copy between two databases needs
/// (<c>crm db copy</c>). Nothing else in the host names a provider.
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

    /// <summary>Opens a connection EF Core does not open, with the settings its connections get (SQLite: the pragmas).</summary>
    Task OpenAsync(DbConnection connection, CancellationToken ct);

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

    /// <summary>The finest time the database keeps (SQLite's text keeps a DateTime's every tick; PostgreSQL keeps microseconds).</summary>
    TimeSpan TimeResolution { get; }

    /// <summary>The tables the database holds, less the engine's own (SQLite's, EF's migration lock); none while there is no database.</summary>
    Task<IReadOnlyList<string>> TablesAsync(CancellationToken ct);

    /// <summary>Each foreign key as (table, table it refers to), read from the database: plugins' hand-written migrations make keys their models do not declare.</summary>
    Task<IReadOnlyList<(string Table, string Parent)>> ForeignKeysAsync(CancellationToken ct);

    /// <summary>A transaction that reads one consistent state of the database without holding back its writers.</summary>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    /// <summary>The transaction a copy writes in, with foreign keys checked at commit where the database can defer them.</summary>
    Task<DbTransaction> BeginCopyAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// The ids of <paramref name="index"/>'s rows in which one of <paramref name="terms"/> holds (its column contains its
    /// text), read from the index; null where the caller's own test of each row is the better query: PostgreSQL's trigram
    /// indexes serve that test, and no index serves a text shorter than <see cref="TextIndex.MinLength"/> but SQLite's
    /// character pairs, for two characters, one of them East Asian (<see cref="TextIndex.IndexesPair"/>).
    /// </summary>
    IQueryable<long>? RowsContaining(DbContext db, TextIndex index, IReadOnlyList<(string Column, string Text)> terms);

    /// <summary>A column as an <c>ORDER BY</c> term that sorts alike on every provider (text by its UTF-8 bytes).</summary>
    string SortKey(string delimitedColumn, Type type);

    /// <summary>Writes <paramref name="rows"/> into <paramref name="table"/> as they come, ids included; returns how many.</summary>
    Task<long> InsertAsync(DbTransaction transaction, CopyTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct);

    /// <summary>SQL that makes the next generated value of <paramref name="column"/> follow the highest copied one; null when the database does that itself.</summary>
    string? ContinueIdentity(string delimitedTable, string delimitedColumn, string column);
}
