using System.CommandLine;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Training.Cli;

public sealed partial class TrainingCommand
{
    private Command Import(TextWriter output, TextWriter error)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A course folder (with course.md) or a folder of course folders" };
        var command = new Command("import", "Import courses from Markdown and publish them, all or nothing (docs/training-content.md)") { directory };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(directory)!;
            if (!folder.Exists)
                throw new PluginCommandException($"{folder.FullName}: no such directory", 2);
            var report = await import.ImportAsync(folder.FullName, ct);
            if (report.Errors.Count > 0)
            {
                foreach (var problem in report.Errors)
                    error.WriteLine(problem);
                throw new PluginCommandException($"{report.Errors.Count} error{(report.Errors.Count == 1 ? "" : "s")} in {folder.Name}; nothing was imported");
            }
            foreach (var course in report.Courses)
                output.WriteLine(course);
            return 0;
        });
        return command;
    }
}
