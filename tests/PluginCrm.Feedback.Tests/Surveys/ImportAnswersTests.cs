using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary><c>crm feedback import-answers</c>: all or nothing with every row error named, and a re-run that changes nothing.</summary>
public sealed class ImportAnswersTests : FeedbackTest
{
    [Fact]
    public async Task A_file_of_answers_lands_whole_and_a_second_run_changes_nothing()
    {
        await PublishedAsync(feedback);
        await CustomerAsync("chen@example.com", null);
        await CustomerAsync(null, "ERP-7");
        var file = await FileAsync("email,answered_utc,nps,csat,channel\nchen@example.com,2025-03-01T10:00:00Z,10,5,web\n");
        var byId = await FileAsync("external_id,answered_utc,nps,csat\nERP-7,2025-03-02T11:00:00Z,3,2\nERP-7,2025-03-05T09:00:00Z,9,\n");

        var first = await feedback.Host.RunCommandAsync("feedback", "import-answers", file, "--survey", "after-delivery");
        var again = await feedback.Host.RunCommandAsync("feedback", "import-answers", file, "--survey", "after-delivery");
        var second = await feedback.Host.RunCommandAsync("feedback", "import-answers", byId, "--survey", "after-delivery");
        var scores = await (await feedback.Admin.GetAsync("/api/feedback/scores?channel=import")).As<JsonElement>();

        Assert.Equal((0, "imported 1 answer (0 already there)"), (first.Exit, first.Out.Trim()));
        Assert.Equal((0, "imported 0 answers (1 already there)"), (again.Exit, again.Out.Trim()));
        Assert.Equal((0, "imported 2 answers (0 already there)"), (second.Exit, second.Out.Trim()));
        // NPS 10, 3, 9: 2 promoters, 1 detractor of 3 → 33.33; CSAT 5, 2: 1 of 2 → 50.
        Assert.Equal((3, 33.33m, 50m), (scores.GetProperty("total").GetProperty("responses").GetInt32(),
            scores.GetProperty("total").GetProperty("nps").GetDecimal(), scores.GetProperty("total").GetProperty("csat").GetDecimal()));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_row_and_column_and_nothing_is_imported()
    {
        await PublishedAsync(feedback);
        await CustomerAsync("chen@example.com", null);
        var file = await FileAsync("email,answered_utc,nps,csat,colour\n");
        var bad = await FileAsync("""
            email,answered_utc,nps,csat
            chen@example.com,2025-03-01T10:00:00Z,10,5
            nobody@example.com,2025-03-01T10:00:00Z,10,5
            chen@example.com,yesterday,ten,9
            chen@example.com,2025-03-03T10:00:00Z,,4
            """);

        var unknownColumn = await feedback.Host.RunCommandAsync("feedback", "import-answers", file, "--survey", "after-delivery");
        var refused = await feedback.Host.RunCommandAsync("feedback", "import-answers", bad, "--survey", "after-delivery");
        var scores = await (await feedback.Admin.GetAsync("/api/feedback/scores")).As<JsonElement>();

        Assert.Equal(1, unknownColumn.Exit);
        Assert.Contains("row 1, colour: is not a question of survey 'after-delivery' (version 1)", unknownColumn.Error);
        Assert.Equal(1, refused.Exit);
        var name = Path.GetFileName(bad);
        Assert.Equal(
        [
            $"{name}: row 3, email: no customer has email 'nobody@example.com'",
            $"{name}: row 4, answered_utc: 'yesterday' is not a time, e.g. 2026-01-05T09:00:00Z",
            $"{name}: row 4, nps: 'ten' is not a whole number",
            $"{name}: row 4, csat: must be a whole number from 1 to 5",
            $"{name}: row 5, nps: is required",
            $"crm: 5 errors in {name}; nothing was imported",
        ], refused.Error.Trim().Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Equal(0, scores.GetProperty("total").GetProperty("responses").GetInt32());
    }

    private Task CustomerAsync(string? email, string? externalId) =>
        feedback.Admin.Post("/api/customers", new { name = email ?? externalId, email, externalId }).ContinueWith(t => t.Result.EnsureSuccessStatusCode());

    private static async Task<string> FileAsync(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.Replace("\r\n", "\n"));
        return path;
    }
}
