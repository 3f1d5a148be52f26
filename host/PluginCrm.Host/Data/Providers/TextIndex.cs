using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// An index that finds the rows of <see cref="Table"/> with a given piece of text anywhere in one of
/// <see cref="Columns"/>, which a B-tree cannot: a search for part of a name, an e-mail address or a phone number would
/// otherwise read every row. SQLite: an FTS5 table with the trigram tokenizer over the table's own rows, kept by
/// triggers, so every writer (the pipeline, the bulk import, a copy) keeps it without knowing. PostgreSQL: pg_trgm,
/// a GIN index per column, which serves the <c>LIKE '%…%'</c> the rows are tested with. Both need
/// <see cref="MinLength"/> characters: a shorter text has no trigram, and its search reads every row as before.
/// </summary>
public sealed record TextIndex(string Table, IReadOnlyList<string> Columns)
{
    public static readonly TextIndex Customers = new("customers", ["NameKey", "Email", "PhoneKey"]);
    public static readonly TextIndex Leads = new("leads", ["NameKey", "Email", "PhoneKey", "CompanyKey"]);

    public const int MinLength = 3;

    /// <summary>SQLite's FTS5 table (its own rows are the indexed table's, by rowid = Id).</summary>
    public string SqliteTable => $"{Table}_text";

    /// <summary>The ids of the rows an FTS5 query (parameter {0}) matches, as a column named Value for <c>SqlQueryRaw</c>.</summary>
    public string SqliteMatchSql => $"SELECT rowid AS \"Value\" FROM \"{SqliteTable}\" WHERE \"{SqliteTable}\" MATCH {{0}}";

    /// <summary>Whether <paramref name="text"/> is long enough to be looked up (in characters, as the trigrams count them).</summary>
    public static bool Indexes(string text) => text.EnumerateRunes().Count() >= MinLength;

    /// <summary>Creates the index in a migration, filled from the rows already there, as the migration's provider does it.</summary>
    public void Create(MigrationBuilder migration)
    {
        if (migration.ActiveProvider == SqliteProvider.EfCoreName)
            migration.Sql(SqliteCreate());
        else
            migration.Sql(PostgresCreate());
    }

    public void Drop(MigrationBuilder migration)
    {
        if (migration.ActiveProvider == SqliteProvider.EfCoreName)
            migration.Sql($"DROP TRIGGER \"{SqliteTable}_insert\"; DROP TRIGGER \"{SqliteTable}_delete\"; DROP TRIGGER \"{SqliteTable}_update\"; DROP TABLE \"{SqliteTable}\";");
        else
            migration.Sql(string.Concat(Columns.Select(c => $"DROP INDEX \"{PostgresIndex(c)}\";")));
    }

    // External content: the FTS table stores only its index and reads the text from the table itself. The delete and
    // update triggers hand the old values back, as FTS5 needs them to take a row's trigrams out.
    private string SqliteCreate()
    {
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        string Values(string row) => string.Join(", ", Columns.Select(c => $"{row}.\"{c}\""));
        var delete = $"INSERT INTO \"{SqliteTable}\" (\"{SqliteTable}\", rowid, {columns}) VALUES ('delete', old.\"Id\", {Values("old")});";
        var insert = $"INSERT INTO \"{SqliteTable}\" (rowid, {columns}) VALUES (new.\"Id\", {Values("new")});";
        return $"""
            CREATE VIRTUAL TABLE "{SqliteTable}" USING fts5({columns}, content='{Table}', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER "{SqliteTable}_insert" AFTER INSERT ON "{Table}" BEGIN {insert} END;
            CREATE TRIGGER "{SqliteTable}_delete" AFTER DELETE ON "{Table}" BEGIN {delete} END;
            CREATE TRIGGER "{SqliteTable}_update" AFTER UPDATE OF {columns} ON "{Table}" BEGIN {delete} {insert} END;
            INSERT INTO "{SqliteTable}" ("{SqliteTable}") VALUES ('rebuild');
            """;
    }

    // pg_trgm is a trusted extension (PostgreSQL 13 and later): a database owner may create it without being a superuser.
    private string PostgresCreate() =>
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
        + string.Concat(Columns.Select(c => $"CREATE INDEX \"{PostgresIndex(c)}\" ON \"{Table}\" USING gin (\"{c}\" gin_trgm_ops);\n"));

    private string PostgresIndex(string column) => $"IX_{Table}_{column}_trigrams";
}
