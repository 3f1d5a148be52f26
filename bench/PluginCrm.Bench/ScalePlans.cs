using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PluginCrm.Bench;

/// <summary>One SQL command a request ran, as EF Core logged it (with its time), and SQLite's plan for it.</summary>
public sealed record PlannedQuery(int Milliseconds, string Sql, IReadOnlyList<string> Plan);

/// <summary>
/// The SQL behind each request, as the host's EF Core logs it, and <c>EXPLAIN QUERY PLAN</c> for each command, so that
/// indexes are chosen from the plans. A host is started with EF Core's command log on, each request is sent once with
/// its own correlation id (which the host's log file carries on every line of the request), the host is stopped, and the
/// commands are read back from the log and explained on the database file (parameters unbound, so NULL: enough for a plan).
/// </summary>
public static partial class ScalePlans
{
    [GeneratedRegex(@"^\S+ \[\w+\]\s+(?:\S+\s+)?(?<id>plan-\d+)\s+Microsoft\.EntityFrameworkCore\.Database\.Command Executed DbCommand \((?<ms>\d+)ms\)[^\n]*\n(?<sql>.*?)(?=^\d{4}-\d\d-\d\dT|\z)",
        RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Command();

    public static async Task<Dictionary<string, List<PlannedQuery>>> ExplainAsync(string hostDll, string dataDir, string pluginsDir, IReadOnlyList<(string Caller, string Scenario, string Uri)> requests,
        Func<string, string, Task<HttpClient>> signIn)
    {
        var logs = Directory.CreateDirectory(Path.Combine(dataDir, "logs")).FullName;
        var before = Directory.GetFiles(logs).ToDictionary(f => f, f => new FileInfo(f).Length);
        var environment = new Dictionary<string, string> { ["CRM_Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command"] = "Information" };
        await using (var host = await ServeProcess.StartAsync(hostDll, environment, "--data-dir", dataDir, "--plugins-dir", pluginsDir))
        {
            var clients = new Dictionary<string, HttpClient>();
            for (var i = 0; i < requests.Count; i++)
            {
                var (caller, _, uri) = requests[i];
                if (!clients.TryGetValue(caller, out var client))
                    clients[caller] = client = await signIn(host.Address, caller);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Add("X-Correlation-Id", $"plan-{i}");
                await BenchHttp.EnsureAsync(await client.SendAsync(request));
            }
            await Task.Delay(500); // the file sink writes as it logs; a moment for the last lines
        }
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(logs).Order())
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(before.GetValueOrDefault(file), SeekOrigin.Begin);
            text.Append(await new StreamReader(stream).ReadToEndAsync());
        }
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "crm.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await db.OpenAsync();
        var plans = new Dictionary<string, List<PlannedQuery>>();
        foreach (Match m in Command().Matches(text.ToString()))
        {
            var (caller, scenario, _) = requests[int.Parse(m.Groups["id"].Value["plan-".Length..], System.Globalization.CultureInfo.InvariantCulture)];
            var sql = m.Groups["sql"].Value.Trim();
            var key = $"{caller}: {scenario}";
            if (!plans.TryGetValue(key, out var list))
                plans[key] = list = [];
            list.Add(new PlannedQuery(int.Parse(m.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture), OneLine(sql), await PlanAsync(db, sql)));
        }
        return plans;
    }

    /// <summary>Prints each request's commands, slowest first, with their plans; a command printed before is named, not repeated.</summary>
    public static void Print(Dictionary<string, List<PlannedQuery>> plans)
    {
        var shown = new HashSet<string>();
        foreach (var (request, queries) in plans)
        {
            Console.WriteLine();
            Console.WriteLine($"== {request}: {queries.Count} commands, {queries.Sum(q => q.Milliseconds)} ms as logged");
            foreach (var query in queries.OrderByDescending(q => q.Milliseconds))
            {
                if (!shown.Add(query.Sql))
                {
                    Console.WriteLine($"  {query.Milliseconds,5} ms  (as above) {Shorten(query.Sql, 100)}");
                    continue;
                }
                Console.WriteLine($"  {query.Milliseconds,5} ms  {query.Sql}");
                foreach (var line in query.Plan)
                    Console.WriteLine($"           {line}");
            }
        }
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        var depth = new Dictionary<long, int> { [0] = 0 };
        var lines = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
                depth[reader.GetInt64(0)] = level;
                lines.Add($"{new string(' ', 2 * (level - 1))}{reader.GetString(3)}");
            }
        }
        catch (SqliteException ex)
        {
            lines.Add($"(no plan: {ex.Message})"); // a write, or a statement EXPLAIN cannot take on a read-only file
        }
        return lines;
    }

    private static string OneLine(string sql) => Regex.Replace(sql, @"\s+", " ");

    private static string Shorten(string sql, int length) => sql.Length <= length ? sql : sql[..length] + "...";
}
