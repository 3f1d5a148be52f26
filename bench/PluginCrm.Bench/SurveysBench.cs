using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// Surveys (issue 16): answers recorded per second through the public endpoint (<c>POST /api/feedback/answer/{token}</c>:
/// token lookup, checks, the answer, its items and the single-use mark in one transaction) against the bare core change
/// of the same weight (<c>POST /api/interactions</c>), rounds interleaved; then <c>GET /api/feedback/scores</c> by month
/// over 100,000 answers against the same figures as one SQL aggregate on the same tables. One host, feedback loaded
/// from disk.
/// </summary>
public static class SurveysBench
{
    private const int Warmup = 50, RoundSize = 100, ScoredAnswers = 100_000, ScoreQueries = 20;

    public static async Task<int> RunAsync(string repoRoot, string configuration, int answers)
    {
        var built = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "plugins", "PluginCrm.Feedback");
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-surveys-").FullName;
        try
        {
            if (!File.Exists(Path.Combine(built, "plugin.json")))
                throw new BenchException($"the feedback plugin is not built: {built}");
            HostRun.CopyPlugin(built, Path.Combine(pluginsDir, "feedback"));
            Console.WriteLine($"{answers} answers by link against {answers} interactions; scores over {ScoredAnswers:N0} answers; {ResultsFile.Machine(configuration)}");
            Dictionary<string, Latencies> recording, scores;
            using (HostConsole.Silence())
            {
                await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = pluginsDir);
                recording = await RecordingAsync(host, answers);
                scores = await ScoresAsync(host);
            }

            var rows = ScenarioRow.Print([("interaction.create", "answer by link", recording), ("score SQL aggregate", "GET /api/feedback/scores", scores)]);
            var written = ResultsFile.Write(repoRoot, "surveys", new { benchmark = "surveys", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, answers, scoredAnswers = ScoredAnswers, scenarios = rows });
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            HostRun.DeleteQuietly(pluginsDir);
        }
    }

    private static async Task<Dictionary<string, Latencies>> RecordingAsync(CrmTestHost host, int answers)
    {
        var client = host.Client;
        // No quiet period: the bench asks the same customer over and over.
        await BenchHttp.EnsureAsync(await client.PutAsJsonAsync("/api/plugins/feedback/settings", new { surveyQuietDays = 0, surveyInvitationTemplate = "" }));
        await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/feedback/surveys", new
        {
            key = "bench", title = "Bench",
            pages = new[] { new { questions = new object[]
            {
                new { key = "nps", type = "nps", text = "Recommend?", required = true }, new { key = "csat", type = "csat", text = "Satisfied?" },
                new { key = "effort", type = "ces", text = "Easy?" }, new { key = "why", type = "text", text = "Why?" },
            } } },
        }));
        await BenchHttp.EnsureAsync(await client.PostAsync("/api/feedback/surveys/bench/publish", null));
        var customer = await BenchHttp.IdOfAsync(await client.PostAsJsonAsync("/api/customers", new { name = "Bench Customer", consentToContact = true }));
        var tokens = new Queue<string>();
        for (var i = 0; i < answers + Warmup; i++)
            tokens.Enqueue((await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/feedback/surveys/bench/invitations", new { customerId = customer }))).GetProperty("token").GetString()!);

        using var anonymous = host.AnonymousClient();
        return await InterleavedRounds.RunAsync(
            ("interaction.create", _ => client.PostAsJsonAsync("/api/interactions",
                new { customerId = customer, kind = "call", occurredUtc = DateTime.UtcNow, notes = "Asked how the delivery went; happy overall." })),
            ("answer by link", i => anonymous.PostAsJsonAsync($"/api/feedback/answer/{tokens.Dequeue()}",
                new { answers = new { nps = i % 11, csat = 1 + i % 5, effort = 1 + i % 7, why = "送货太慢了，但是客服很耐心。" } })),
            answers, Warmup, RoundSize);
    }

    private static async Task<Dictionary<string, Latencies>> ScoresAsync(CrmTestHost host)
    {
        var file = Path.Combine(host.DataDirectory, "crm.db");
        await using (var db = new SqliteConnection($"Data Source={file}"))
        {
            await db.OpenAsync();
            await using var transaction = await db.BeginTransactionAsync();
            var survey = (long)(await BenchSql.Command(db, "SELECT Id FROM feedback_surveys WHERE Key = 'bench'").ExecuteScalarAsync())!;
            var answer = BenchSql.Command(db, "INSERT INTO feedback_survey_answers (SurveyId, VersionNumber, CustomerId, OwnerId, TeamId, Channel, AnsweredUtc) VALUES ($s, 1, 1, NULL, NULL, 'import', $t) RETURNING Id", ("$s", survey), ("$t", ""));
            var item = BenchSql.Command(db, "INSERT INTO feedback_survey_answer_items (AnswerId, QuestionKey, QuestionType, Number) VALUES ($a, $k, $k, $n)", ("$a", 0L), ("$k", ""), ("$n", 0));
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < ScoredAnswers; i++)
            {
                answer.Parameters["$t"].Value = start.AddMinutes(i * 5.0).ToString("yyyy-MM-dd HH:mm:ss");
                var id = (long)(await answer.ExecuteScalarAsync())!;
                foreach (var (type, number) in new[] { ("nps", i % 11), ("csat", 1 + i % 5), ("ces", 1 + i % 7) })
                {
                    (item.Parameters["$a"].Value, item.Parameters["$k"].Value, item.Parameters["$n"].Value) = (id, type, number);
                    await item.ExecuteNonQueryAsync();
                }
            }
            await transaction.CommitAsync();
        }
        const string Query = "from=2025-01-01&to=2026-01-01&by=month";
        var results = new[] { "score SQL aggregate", "GET /api/feedback/scores" }.ToDictionary(k => k, _ => new Latencies());
        await using var sql = new SqliteConnection($"Data Source={file}");
        await sql.OpenAsync();
        // The same figures per month in one statement: the least a database can do for them.
        var aggregate = BenchSql.Command(sql, """
            SELECT strftime('%Y-%m', a.AnsweredUtc) AS month, COUNT(DISTINCT a.Id),
                   SUM(i.QuestionType = 'nps' AND i.Number >= 9), SUM(i.QuestionType = 'nps' AND i.Number <= 6), SUM(i.QuestionType = 'nps'),
                   SUM(i.QuestionType = 'csat' AND i.Number >= 4), SUM(i.QuestionType = 'csat'), AVG(CASE WHEN i.QuestionType = 'ces' THEN i.Number END)
            FROM feedback_survey_answers a JOIN feedback_survey_answer_items i ON i.AnswerId = a.Id
            WHERE a.AnsweredUtc >= '2025-01-01' AND a.AnsweredUtc < '2026-01-01' AND i.QuestionType IN ('nps', 'csat', 'ces') AND i.Number IS NOT NULL
            GROUP BY month
            """);
        for (var run = -2; run < ScoreQueries; run++)
        {
            var wall = Stopwatch.StartNew();
            await using (var reader = await aggregate.ExecuteReaderAsync())
                while (await reader.ReadAsync()) { }
            results["score SQL aggregate"].AddSingle(wall.Elapsed, run >= 0);
            wall.Restart();
            await BenchHttp.EnsureAsync(await host.Client.GetAsync($"/api/feedback/scores?{Query}"));
            results["GET /api/feedback/scores"].AddSingle(wall.Elapsed, run >= 0);
        }
        return results;
    }
}
