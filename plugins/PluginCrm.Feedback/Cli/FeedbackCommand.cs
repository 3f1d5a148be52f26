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
public sealed class FeedbackCommand(SatisfactionScores scores) : IPluginCommand
{
    public string Name => "feedback";
    public string Description => "Feedback: satisfaction scores (CSAT, NPS, CES)";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { Scores(output) };
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

    private static string? Score(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
