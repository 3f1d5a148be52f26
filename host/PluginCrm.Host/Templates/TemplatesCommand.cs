using System.CommandLine;
using PluginCrm.Host.Api;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Access;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.Host.Templates;

/// <summary>
/// <c>crm templates list|show|set|preview</c>: the template store and preview of <c>/api/templates</c>, as the
/// system user. <c>set</c> prints every parse error on its own line (line, column, message) and stores nothing.
/// </summary>
public sealed class TemplatesCommand(ICommandHost host)
{
    public Command Create() => new("templates", "Message, document and rule templates (Scriban)") { List(), Show(), Set(), Preview() };

    private Command List()
    {
        var command = new Command("list", "List templates with their current version");
        command.SetAction((parse, ct) => WithServices(parse, ct, async services =>
        {
            var templates = await services.GetRequiredService<TemplateStore>().ListAsync(ct);
            TextTable.Print(Console.Out, ["KEY", "KIND", "VERSION", "UPDATED", "DESCRIPTION"], templates.Select(t =>
                new[] { t.Key, Kind(t.Kind), t.CurrentVersion.ToString(), t.UpdatedUtc.ToString("u"), t.Description ?? "" }));
            return 0;
        }));
        return command;
    }

    private Command Show()
    {
        var key = KeyArgument();
        var version = new Option<int?>("--version") { HelpName = "N", Description = "An older version (default: the current one)" };
        var command = new Command("show", "Print a template's body (the current version, or --version N)") { key, version };
        command.SetAction((parse, ct) => WithServices(parse, ct, async services =>
        {
            var store = services.GetRequiredService<TemplateStore>();
            var body = parse.GetValue(version) is { } number
                ? (await store.VersionAsync(parse.GetValue(key)!, number, ct)).Body
                : (await store.GetAsync(parse.GetValue(key)!, ct)).Body;
            WriteText(body);
            return 0;
        }));
        return command;
    }

    private Command Set()
    {
        var key = KeyArgument();
        var kind = new Option<TemplateKind>("--kind")
        {
            HelpName = "message|document|rule",
            Description = "What the template is for",
            Required = true,
            CustomParser = result =>
            {
                var token = result.Tokens.Single().Value;
                if (Enum.TryParse<TemplateKind>(token, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(token, out _))
                    return value;
                result.AddError($"--kind '{token}' must be message, document or rule");
                return default;
            },
        };
        var file = new Option<string>("--file") { HelpName = "FILE", Description = "The template body (UTF-8)", Required = true };
        var description = new Option<string?>("--description") { HelpName = "D", Description = "What the template is for, in words (default: keep the current one)" };
        var command = new Command("set", "Save a template from a file, as a new version; a body that does not parse is refused") { key, kind, file, description };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
                throw new CliException($"--file '{path}': there is no such file");
            var body = await File.ReadAllTextAsync(path, ct);
            return await WithServices(parse, ct, async services =>
            {
                var store = services.GetRequiredService<TemplateStore>();
                var templateKey = parse.GetValue(key)!;
                // Without --description the template keeps the one it has (the API's PUT replaces it; a command line edits).
                var text = parse.GetResult(description) is not null
                    ? parse.GetValue(description)
                    : (await store.ListAsync(ct)).SingleOrDefault(t => t.Key == templateKey)?.Description;
                try
                {
                    var (view, created) = await store.SaveAsync(templateKey, new TemplateInput(parse.GetValue(kind), text, body), ActingUser.System, ct);
                    Console.WriteLine($"template {view.Key} version {view.CurrentVersion} {(created ? "created" : "saved")}");
                    return 0;
                }
                catch (InputException ex)
                {
                    // Every error on its own line: a parse error reads "FILE: line L, column C: message".
                    foreach (var (field, messages) in ex.Errors)
                        foreach (var message in messages)
                            await Console.Error.WriteLineAsync(field switch
                            {
                                "body" => $"crm: {path}: {message}",
                                "key" => $"crm: the key {message}",
                                _ => $"crm: --{field} {message}",
                            });
                    return 1;
                }
            });
        });
        return command;
    }

    private Command Preview()
    {
        var key = KeyArgument();
        var sample = new Option<string?>("--sample")
        {
            HelpName = "TYPE",
            Description = $"Render against the built-in sample record of TYPE ({string.Join(", ", SampleRecords.All.Keys)}), or all of them when no TYPE is given",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Option<long?>[] records =
        [
            new("--customer") { HelpName = "ID", Description = "Render against this customer" },
            new("--lead") { HelpName = "ID", Description = "Render against this lead" },
            new("--deal") { HelpName = "ID", Description = "Render against this deal" },
            new("--order") { HelpName = "ID", Description = "Render against this order" },
        ];
        var command = new Command("preview", "Render a saved template against a record or the sample records") { key, sample };
        foreach (var option in records)
            command.Options.Add(option);
        command.SetAction((parse, ct) =>
        {
            var chosen = records.Where(o => parse.GetValue(o) is not null).ToList();
            var sampleGiven = parse.GetResult(sample) is not null;
            if (chosen.Count + (sampleGiven ? 1 : 0) != 1)
                throw new CliException("give exactly one of --sample [TYPE], --customer ID, --lead ID, --deal ID, --order ID", exitCode: 2);
            return WithServices(parse, ct, async services =>
            {
                var preview = services.GetRequiredService<TemplatePreview>();
                var templateKey = parse.GetValue(key)!;
                PreviewResult result;
                if (sampleGiven && parse.GetValue(sample) is not { } type)
                    result = await preview.AllSamplesAsync(templateKey, ct);
                else if (sampleGiven)
                    result = await preview.SavedAsync(templateKey, new PreviewInput(parse.GetValue(sample), null, true, null), ActingUser.System, ct);
                else
                    result = await preview.SavedAsync(templateKey,
                        new PreviewInput(chosen[0].Name.TrimStart('-'), parse.GetValue(chosen[0]), false, null), ActingUser.System, ct);
                WriteText(result.Output);
                return 0;
            });
        });
        return command;
    }

    private static Argument<string> KeyArgument() => new("key") { Description = "The template's key, e.g. greeting.welcome" };

    private static string Kind(TemplateKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteText(string text)
    {
        Console.Out.Write(text);
        if (!text.EndsWith('\n'))
            Console.Out.WriteLine();
    }

    private Task<int> WithServices(ParseResult parse, CancellationToken ct, Func<IServiceProvider, Task<int>> body) =>
        host.RunAsync(parse, ct, async services =>
        {
            try
            {
                return await body(services);
            }
            catch (InputException ex)
            {
                throw new CliException(ex.Message);
            }
            catch (NotFoundException ex)
            {
                throw new CliException(ex.Message);
            }
            catch (ConflictException ex)
            {
                throw new CliException(ex.Message);
            }
            catch (TemplateRenderException ex)
            {
                throw new CliException($"the template failed: {ex.Message}");
            }
        });
}
