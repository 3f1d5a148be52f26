using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// Training (issue 17): quiz attempts scored per second (<c>POST /api/training/enrolments/{id}/quizzes/{lesson}/attempts</c>:
/// access, the learner's version, the answers checked and scored, the attempt and its items written) against the bare
/// core change of the same weight (<c>POST /api/interactions</c>), rounds interleaved; then the completion report per
/// course over 20,000 enrolments against the same figures as one SQL aggregate on the same table. One host, training
/// loaded from disk.
/// </summary>
public static class TrainingBench
{
    private const int Warmup = 50, RoundSize = 100, Enrolments = 20_000, ReportQueries = 20;

    public static async Task<int> RunAsync(string repoRoot, string configuration, int attempts)
    {
        var built = Path.Combine(repoRoot, "host", "PluginCrm.Host", "bin", configuration, "net10.0", "plugins", "PluginCrm.Training");
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-training-").FullName;
        try
        {
            if (!File.Exists(Path.Combine(built, "plugin.json")))
                throw new BenchException($"the training plugin is not built: {built}");
            HostRun.CopyPlugin(built, Path.Combine(pluginsDir, "training"));
            Console.WriteLine($"{attempts} quiz attempts against {attempts} interactions; the completion report over {Enrolments:N0} enrolments; {ResultsFile.Machine(configuration)}");
            Dictionary<string, Latencies> scoring, report;
            using (HostConsole.Silence())
            {
                await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = pluginsDir);
                scoring = await AttemptsAsync(host, attempts);
                report = await ReportAsync(host);
            }
            var rows = ScenarioRow.Print([("interaction.create", "quiz attempt", scoring), ("completion SQL aggregate", "GET /api/training/reports/courses", report)]);
            var written = ResultsFile.Write(repoRoot, "training", new { benchmark = "training", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, attempts, enrolments = Enrolments, scenarios = rows });
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

    private static async Task<Dictionary<string, Latencies>> AttemptsAsync(CrmTestHost host, int attempts)
    {
        var client = host.Client;
        // No limit on attempts and a pass mark no answer reaches: the same learner tries again and again.
        await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/training/courses", new
        {
            key = "bench", title = "Bench", audience = "customers",
            lessons = new object[]
            {
                new
                {
                    key = "check", title = "Check", kind = "quiz",
                    quiz = new
                    {
                        passMark = 100, attempts = 0,
                        questions = new object[]
                        {
                            new { key = "light", type = "single", text = "Which light?", choices = new[] { "green", "red", "blue" }, correct = new[] { "red" }, explanation = "Red below 10%." },
                            new { key = "charge", type = "multiple", text = "How to charge?", choices = new[] { "usb", "dock", "solar" }, correct = new[] { "usb", "dock" } },
                            new { key = "name", type = "short", text = "Its name?", accepted = new[] { "Pulse One", "PulseOne" } },
                        },
                    },
                },
            },
        }));
        await BenchHttp.EnsureAsync(await client.PostAsync("/api/training/courses/bench/publish", null));
        var customer = await BenchHttp.IdOfAsync(await client.PostAsJsonAsync("/api/customers", new { name = "Bench Learner" }));
        var enrolment = (await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/training/courses/bench/enrolments", new { customerId = customer })))
            .GetProperty("enrolmentIds")[0].GetInt64();

        return await InterleavedRounds.RunAsync(
            ("interaction.create", _ => client.PostAsJsonAsync("/api/interactions",
                new { customerId = customer, kind = "call", occurredUtc = DateTime.UtcNow, notes = "Went through the quiz with the customer." })),
            ("quiz attempt", _ => client.PostAsJsonAsync($"/api/training/enrolments/{enrolment}/quizzes/check/attempts",
                new { answers = new { light = "green", charge = new[] { "usb", "solar" }, name = "ＰＵＬＳＥ　ＯＮＥ" } })),
            attempts, Warmup, RoundSize);
    }

    private static async Task<Dictionary<string, Latencies>> ReportAsync(CrmTestHost host)
    {
        var file = Path.Combine(host.DataDirectory, "crm.db");
        await using (var db = new SqliteConnection($"Data Source={file}"))
        {
            await db.OpenAsync();
            await using var transaction = await db.BeginTransactionAsync();
            var course = (long)(await BenchSql.Command(db, "SELECT Id FROM training_courses WHERE Key = 'bench'").ExecuteScalarAsync())!;
            // Learners with ids of their own (the admin's report reads every enrolment), two in three completed.
            var insert = BenchSql.Command(db, """
                INSERT INTO training_enrolments (CourseId, VersionNumber, CustomerId, UserId, Source, EnrolledByUserId, EnrolledUtc, LessonsDone, LessonsTotal, CompletedUtc)
                VALUES ($c, 1, $learner, NULL, 'customer', NULL, $enrolled, 1, 1, $completed)
                """, ("$c", course), ("$learner", 0L), ("$enrolled", ""), ("$completed", DBNull.Value));
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < Enrolments; i++)
            {
                var enrolled = start.AddMinutes(i * 20.0);
                insert.Parameters["$learner"].Value = 1_000_000L + i;
                insert.Parameters["$enrolled"].Value = enrolled.ToString("yyyy-MM-dd HH:mm:ss");
                insert.Parameters["$completed"].Value = i % 3 == 2 ? DBNull.Value : enrolled.AddDays(1 + i % 30).ToString("yyyy-MM-dd HH:mm:ss");
                await insert.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        var results = new[] { "completion SQL aggregate", "GET /api/training/reports/courses" }.ToDictionary(k => k, _ => new Latencies());
        await using var sql = new SqliteConnection($"Data Source={file}");
        await sql.OpenAsync();
        // Enrolled, completed and the mean days per course in one statement (the median needs the rows: the report's extra).
        var aggregate = BenchSql.Command(sql, """
            SELECT CourseId, COUNT(*), COUNT(CompletedUtc), AVG(julianday(CompletedUtc) - julianday(EnrolledUtc))
            FROM training_enrolments WHERE EnrolledUtc >= '2025-01-01' AND EnrolledUtc < '2026-01-01' GROUP BY CourseId
            """);
        for (var run = -2; run < ReportQueries; run++)
        {
            var wall = Stopwatch.StartNew();
            await using (var reader = await aggregate.ExecuteReaderAsync())
                while (await reader.ReadAsync()) { }
            results["completion SQL aggregate"].AddSingle(wall.Elapsed, run >= 0);
            wall.Restart();
            await BenchHttp.EnsureAsync(await host.Client.GetAsync("/api/training/reports/courses?from=2025-01-01&to=2026-01-01"));
            results["GET /api/training/reports/courses"].AddSingle(wall.Elapsed, run >= 0);
        }
        return results;
    }
}
