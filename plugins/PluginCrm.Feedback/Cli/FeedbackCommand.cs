using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PluginCrm.Feedback.Surveys.Scores;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Cli;

/// <summary><c>crm feedback scores [--from] [--to] [--by] [--survey] [--json]</c>: CSAT, NPS and CES as <c>GET /api/feedback/scores</c> answers them, over everything.</summary>
public sealed class FeedbackCommand(SatisfactionScores scores, Surveys.Import.AnswerImport import) : IPluginCommand
{
    public string Name => "feedback";
    public string Description => "Feedback: satisfaction scores (CSAT, NPS, CES), answers imported from CSV";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { Scores(output), ImportAnswers(output, context.Error) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm feedback --help')", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private Command Scores(TextWriter output)
    {
        Option<string?> Text(string name, string description) => new($"--{name}") { Description = description };
        var from = Text("from", "First day, 2026-01-01");
        var to = Text("to", "Day after the last, 2026-02-01");
        var by = Text("by", "A series by day, week or month");
        var survey = Text("survey", "One survey's key");
        var json = new Option<bool>("--json") { Description = "JSON instead of a table" };
        var command = new Command("scores", "CSAT, NPS and CES of the answers, with a series when --by is given") { from, to, by, survey, json };
        command.SetAction(async (parse, ct) =>
        {
            // The API's own parser: the command takes and refuses exactly what /api/feedback/scores does.
            var values = new Dictionary<string, StringValues>();
            foreach (var (name, option) in new[] { ("from", from), ("to", to), ("by", by), ("survey", survey) })
                if (parse.GetValue(option) is { } value)
                    values[name] = value;
            var (query, errors) = ScoreQuery.Parse(new QueryCollection(values));
            if (errors.Count > 0)
                throw new RecordValidationException(errors.ToDictionary(e => "--" + e.Key, e => e.Value));
            var report = await scores.ComputeAsync(query, ActingUser.System, ct);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return 0;
            }
            var rows = report.Series.Select(p => (Period: $"{p.From:yyyy-MM-dd}", p.Figures)).Append(("total", report.Total));
            TextTable.Print(output, ["PERIOD", "RESPONSES", "CSAT", "NPS", "CES", "CSAT N", "NPS N", "CES N"], rows.Select(r => new[]
            {
                r.Item1, r.Item2.Responses.ToString(CultureInfo.InvariantCulture), Score(r.Item2.Csat), Score(r.Item2.Nps), Score(r.Item2.Ces),
                r.Item2.CsatAnswers.ToString(CultureInfo.InvariantCulture), r.Item2.NpsAnswers.ToString(CultureInfo.InvariantCulture), r.Item2.CesAnswers.ToString(CultureInfo.InvariantCulture),
            }), missing: "-");
            return 0;
        });
        return command;
    }

    private Command ImportAnswers(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: email or external_id, answered_utc, one column per question key" };
        var survey = new Option<string>("--survey") { Description = "The survey's key", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row, save nothing" };
        var command = new Command("import-answers", "Import survey answers from a CSV file, all or nothing") { file, survey, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new PluginCommandException($"{path.FullName}: no such file", 2);
            using var reader = new StreamReader(path.FullName);
            var report = await import.RunAsync(reader, parse.GetValue(survey)!, parse.GetValue(dryRun), ct);
            if (report.Errors.Count > 0)
            {
                foreach (var e in report.Errors.Take(20))
                    error.WriteLine($"{path.Name}: row {e.Row}, {e.Column}: {e.Reason}");
                throw new PluginCommandException($"{report.Errors.Count} errors in {path.Name}; nothing was imported", 1);
            }
            output.WriteLine($"{(report.DryRun ? "would import" : "imported")} {report.Imported} answer{(report.Imported == 1 ? "" : "s")} ({report.Unchanged} already there)");
            return 0;
        });
        return command;
    }

    private static string? Score(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
