using System.CommandLine;
using PluginCrm.Sdk.Commands;
using PluginCrm.Training.Content;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Enrolments;
using PluginCrm.Training.Reports;

namespace PluginCrm.Training.Cli;

/// <summary>
/// <c>crm training import DIR|courses|publish KEY|retire KEY|enrol KEY|report</c>: courses kept as folders of Markdown
/// imported and published, and what an admin does through <c>/api/training</c>. A refusal is exit 1 (refused content: one line per error on
/// standard error); bad input or a missing directory exit 2.
/// </summary>
public sealed partial class TrainingCommand(CourseAdmin courses, CourseImport import, Enrolling enrolling, CompletionReport completion) : IPluginCommand
{
    public string Name => "training";
    public string Description => "Training: import courses from Markdown folders, list, publish, retire, enrol, report completion";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var root = new RootCommand(Description)
        {
            Import(output, context.Error), Courses(output),
            Change("publish", "Open a course to enrolment with its draft (a new version if changed)", courses.PublishAsync, output),
            Change("retire", "Close a course to new enrolments; its learners finish", courses.RetireAsync, output),
            Enrol(output), Report(output),
        };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"{parse.Errors[0].Message} (see 'crm training --help')", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }
}
