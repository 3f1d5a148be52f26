using System.CommandLine;
using System.Text.Json;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Commands;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Cli;

/// <summary>
/// <c>crm surveys add FILE|list|show KEY|publish KEY|close KEY</c>: what an admin does through <c>/api/feedback/surveys</c>,
/// for a company that keeps its surveys as JSON files. A refusal is one line and exit 1; bad input exit 2.
/// </summary>
public sealed class SurveysCommand(SurveyAdmin surveys) : IPluginCommand
{
    public string Name => "surveys";
    public string Description => "Surveys: add from a JSON file, list, show, publish, close";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description) { Add(output), List(output), Show(output), Change("publish", "Open it to answers (a new version if changed)", surveys.PublishAsync, output), Change("close", "Stop taking answers", surveys.CloseAsync, output) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm surveys --help')", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private Command Add(TextWriter output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The survey as JSON, as POST /api/feedback/surveys takes it" };
        var command = new Command("add", "Add a survey as a draft, or replace the draft of the survey with the file's key") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new PluginCommandException($"{path.FullName}: no such file", 2);
            SurveyDefinition definition;
            try
            {
                definition = JsonSerializer.Deserialize<SurveyDefinition>(await File.ReadAllTextAsync(path.FullName, ct), SurveyJson.Options)
                    ?? throw new PluginCommandException($"{path.Name}: holds no survey", 2);
            }
            catch (JsonException ex)
            {
                throw new PluginCommandException($"{path.Name}: not JSON a survey can be read from: {ex.Message}", 2);
            }
            SurveyView saved;
            try
            {
                saved = await surveys.CreateAsync(definition, ct);
            }
            catch (RecordConflictException) when (definition.Key is { } key)
            {
                saved = await surveys.ReplaceAsync(key, definition, ct);
            }
            output.WriteLine($"survey {saved.Key}: {saved.Status}, draft saved ({Questions(saved.Definition)} questions); publish it with 'crm surveys publish {saved.Key}'");
            return 0;
        });
        return command;
    }

    private Command List(TextWriter output)
    {
        var command = new Command("list", "Every survey");
        command.SetAction(async (_, ct) =>
        {
            TextTable.Print(output, ["KEY", "STATUS", "VERSION", "ANSWERS", "TITLE"],
                (await surveys.ListAsync(ct)).Select(s => new[] { s.Key, s.Status, s.CurrentVersion.ToString(), s.Answers.ToString(), s.Title }), missing: "-");
            return 0;
        });
        return command;
    }

    private Command Show(TextWriter output)
    {
        var key = new Argument<string>("KEY") { Description = "The survey's key" };
        var command = new Command("show", "A survey, its versions and its questions") { key };
        command.SetAction(async (parse, ct) =>
        {
            var survey = await surveys.ShowAsync(parse.GetValue(key)!, ct);
            Print(output, survey);
            return 0;
        });
        return command;
    }

    private static Command Change(string name, string description, Func<string, CancellationToken, Task<SurveyView>> change, TextWriter output)
    {
        var key = new Argument<string>("KEY") { Description = "The survey's key" };
        var command = new Command(name, description) { key };
        command.SetAction(async (parse, ct) =>
        {
            var survey = await change(parse.GetValue(key)!, ct);
            output.WriteLine($"survey {survey.Key}: {survey.Status}, version {survey.CurrentVersion}");
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, SurveyView s)
    {
        output.WriteLine($"survey {s.Key}: {s.Title}");
        output.WriteLine($"  {s.Status}, version {s.CurrentVersion}{(s.Anonymous ? ", anonymous" : "")}, {s.Invitations} invitations, {s.Answers} answers");
        foreach (var version in s.Versions)
            output.WriteLine($"  version {version.Number} published {version.PublishedUtc:u}");
        var page = 0;
        foreach (var p in s.Definition.Pages ?? [])
        {
            output.WriteLine($"  page {++page}{(p.Title is null ? "" : ": " + p.Title)}");
            foreach (var q in p.Questions ?? [])
                output.WriteLine($"    {q.Key} ({q.Type}{(q.Required ? ", required" : "")}{(q.ShowIf is { } c ? $", if {c.Question} in {string.Join("/", c.In ?? [])}" : "")}): {q.Text}");
        }
    }

    private static int Questions(SurveyDefinition definition) => definition.Pages?.Sum(p => p.Questions?.Count ?? 0) ?? 0;
}
