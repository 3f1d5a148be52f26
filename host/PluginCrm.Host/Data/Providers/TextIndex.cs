using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// An index that finds the rows of <see cref="Table"/> with a given piece of text anywhere in one of
/// <see cref="Columns"/>, which a B-tree cannot: a search for part of a name, an e-mail address or a phone number would
/// otherwise read every row. SQLite: an FTS5 table with the trigram tokenizer over the table's own rows, kept by
/// triggers, so every writer (the pipeline, the bulk import, a copy) keeps it without knowing. PostgreSQL: pg_trgm,
/// a GIN index per column, which serves the <c>LIKE '%…%'</c> the rows are tested with. Both need
/// <see cref="MinLength"/> characters: a shorter text has no trigram, and its search reads every row as before. But a
/// Chinese name is often two characters (何杰), so on SQLite the values with an East Asian character also have their
/// character pairs in a table of their own (<see cref="SqlitePairsTable"/>, kept by triggers too), which a search for
/// two characters, one of them East Asian, reads instead (<see cref="IndexesPair"/>).
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

    /// <summary>
    /// The first East Asian character (U+3000, the ideographic space, and above: CJK, kana, Hangul and what follows them);
    /// a value holding one has its character pairs indexed, so any two-character text with one is found through them.
    /// </summary>
    public const int FirstPairedCharacter = 0x3000;

    /// <summary>SQLite's table of character pairs (Pair, Col, Id): each pair of each value of <see cref="Columns"/> (Col is its position) that holds an East Asian character.</summary>
    public string SqlitePairsTable => $"{Table}_pairs";

    /// <summary>SQLite's numbers 1 to 4,096, which the triggers join a value with to cut it into pairs (a trigger cannot use a CTE).</summary>
    public const string SqlitePositionsTable = "text_positions";

    /// <summary>Whether a search for <paramref name="text"/> reads <see cref="SqlitePairsTable"/>: two characters, one of them East Asian.</summary>
    public static bool IndexesPair(string text)
    {
        var runes = text.EnumerateRunes().ToList();
        return runes.Count == 2 && runes.Any(r => r.Value >= FirstPairedCharacter);
    }

    /// <summary>
    /// The ids of the rows that hold each term's text in its column, from <see cref="SqlitePairsTable"/>, as a column named
    /// Value for <c>SqlQueryRaw</c> (parameters {0}, {1}, ...: the terms' texts in order).
    /// </summary>
    public string SqlitePairsSql(IReadOnlyList<(string Column, string Text)> terms) =>
        $"SELECT \"Id\" AS \"Value\" FROM \"{SqlitePairsTable}\" WHERE " +
        string.Join(" OR ", terms.Select((t, i) => $"(\"Pair\" = {{{i}}} AND \"Col\" = {ColumnNumber(t.Column)})"));

    private int ColumnNumber(string column)
    {
        var number = Columns.ToList().IndexOf(column);
        return number >= 0 ? number : throw new ArgumentException($"'{column}' is not a column of the text index of {Table}", nameof(column));
    }

    /// <summary>Creates the index in a migration, filled from the rows already there, as the migration's provider does it.</summary>
    public void Create(MigrationBuilder migration)
    {
        if (migration.ActiveProvider == SqliteProvider.EfCoreName)
            migration.Sql(SqliteCreate());
        else
            migration.Sql(PostgresCreate());
    }

    /// <summary>Creates the character pairs' table, its triggers and (once) the positions, filled from the rows already there; SQLite only.</summary>
    public void CreatePairs(MigrationBuilder migration)
    {
        if (migration.ActiveProvider == SqliteProvider.EfCoreName)
            migration.Sql(SqlitePairsCreate());
    }

    public void DropPairs(MigrationBuilder migration)
    {
        if (migration.ActiveProvider == SqliteProvider.EfCoreName)
            migration.Sql($"DROP TRIGGER \"{SqlitePairsTable}_insert\"; DROP TRIGGER \"{SqlitePairsTable}_delete\"; DROP TRIGGER \"{SqlitePairsTable}_update\"; DROP TABLE \"{SqlitePairsTable}\";");
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

    // A value without an East Asian character adds nothing (most names in Latin letters, every phone number): the table
    // holds only what the trigrams cannot find. GLOB's range compares code points: U+3000 to U+10FFFF.
    private string SqlitePairsCreate()
    {
        var eastAsian = $"'*[{char.ConvertFromUtf32(FirstPairedCharacter)}-{char.ConvertFromUtf32(0x10FFFF)}]*'";
        string Pairs(string row, string from) => string.Concat(Columns.Select((c, i) =>
            $"INSERT OR IGNORE INTO \"{SqlitePairsTable}\" (\"Pair\", \"Col\", \"Id\") SELECT substr({row}.\"{c}\", p.\"N\", 2), {i}, {row}.\"Id\" " +
            $"FROM {from}\"{SqlitePositionsTable}\" p WHERE {row}.\"{c}\" GLOB {eastAsian} AND p.\"N\" < length({row}.\"{c}\");"));
        var delete = $"DELETE FROM \"{SqlitePairsTable}\" WHERE \"Id\" = old.\"Id\";";
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        return $"""
            CREATE TABLE IF NOT EXISTS "{SqlitePositionsTable}" ("N" INTEGER NOT NULL PRIMARY KEY);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4096) INSERT OR IGNORE INTO "{SqlitePositionsTable}" ("N") SELECT i FROM n;
            CREATE TABLE "{SqlitePairsTable}" ("Pair" TEXT NOT NULL, "Col" INTEGER NOT NULL, "Id" INTEGER NOT NULL, PRIMARY KEY ("Pair", "Col", "Id")) WITHOUT ROWID;
            CREATE INDEX "IX_{SqlitePairsTable}_Id" ON "{SqlitePairsTable}" ("Id");
            CREATE TRIGGER "{SqlitePairsTable}_insert" AFTER INSERT ON "{Table}" BEGIN {Pairs("new", "")} END;
            CREATE TRIGGER "{SqlitePairsTable}_delete" AFTER DELETE ON "{Table}" BEGIN {delete} END;
            CREATE TRIGGER "{SqlitePairsTable}_update" AFTER UPDATE OF {columns} ON "{Table}" BEGIN {delete} {Pairs("new", "")} END;
            {Pairs("t", $"\"{Table}\" t, ")}
            """;
    }

    // pg_trgm is a trusted extension (PostgreSQL 13 and later): a database owner may create it without being a superuser.
    private string PostgresCreate() =>
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
        + string.Concat(Columns.Select(c => $"CREATE INDEX \"{PostgresIndex(c)}\" ON \"{Table}\" USING gin (\"{c}\" gin_trgm_ops);\n"));

    private string PostgresIndex(string column) => $"IX_{Table}_{column}_trigrams";
}
