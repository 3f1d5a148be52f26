using System.CommandLine;
using System.Globalization;
using PluginCrm.Sdk.Commands;
using PluginCrm.Training.Courses.Manage;

namespace PluginCrm.Training.Cli;

public sealed partial class TrainingCommand
{
    private Command Courses(TextWriter output)
    {
        var command = new Command("courses", "Every course, its version and its learners");
        command.SetAction(async (_, ct) =>
        {
            static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
            TextTable.Print(output, ["KEY", "TITLE", "AUDIENCE", "STATUS", "VERSION", "LESSONS", "ENROLLED", "COMPLETED"],
                (await courses.ListAsync(ct)).Select(c => new[]
                {
                    c.Key, c.Title, c.Audience, c.Status, Number(c.CurrentVersion), Number(c.Lessons), Number(c.Enrolled), Number(c.Completed),
                }));
            return 0;
        });
        return command;
    }

    private static Command Change(string name, string description, Func<string, CancellationToken, Task<CourseView>> change, TextWriter output)
    {
        var key = new Argument<string>("KEY") { Description = "The course's key" };
        var command = new Command(name, description) { key };
        command.SetAction(async (parse, ct) =>
        {
            var course = await change(parse.GetValue(key)!, ct);
            output.WriteLine($"course {course.Key}: {course.Status}, version {course.CurrentVersion}");
            return 0;
        });
        return command;
    }
}
