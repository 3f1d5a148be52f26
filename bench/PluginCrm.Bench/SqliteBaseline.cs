using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PluginCrm.Bench;

/// <summary>
/// The import's baseline: the fastest plain way to land the same rows, one prepared INSERT in one transaction
/// into a fresh WAL file, with the host's SQLite library and per-connection pragmas but nothing else.
/// </summary>
public static class SqliteBaseline
{
    /// <summary>Creates the file, inserts every row and commits; the time covers all of that, not the parsing.</summary>
    public static TimeSpan Insert(IReadOnlyList<CdnowPurchase> rows)
    {
        var dir = Directory.CreateTempSubdirectory("crm-bench-sqlite-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            // No pooling, so the file is closed when the connection is and the folder can go.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "baseline.db"), Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
            Execute(connection, "CREATE TABLE purchases (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, date TEXT NOT NULL, cds INTEGER NOT NULL, dollars TEXT NOT NULL);");

            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO purchases (customer, date, cds, dollars) VALUES ($customer, $date, $cds, $dollars);";
            var customer = insert.Parameters.Add("$customer", SqliteType.Text);
            var date = insert.Parameters.Add("$date", SqliteType.Text);
            var cds = insert.Parameters.Add("$cds", SqliteType.Integer);
            var dollars = insert.Parameters.Add("$dollars", SqliteType.Text); // decimals as text, as EF Core stores them on SQLite
            insert.Prepare();
            foreach (var row in rows)
            {
                customer.Value = row.Customer;
                date.Value = row.Date;
                cds.Value = row.Cds;
                dollars.Value = row.Dollars;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
            return clock.Elapsed;
        }
        finally
        {
            HostRun.DeleteQuietly(dir);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
