using System.CommandLine;
using System.Globalization;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;
using PluginCrm.Training.Enrolments;
using PluginCrm.Training.Reports;

namespace PluginCrm.Training.Cli;

public sealed partial class TrainingCommand
{
    private Command Enrol(TextWriter output)
    {
        var key = new Argument<string>("KEY") { Description = "The course's key" };
        var customer = new Option<long?>("--customer") { Description = "A customer's id" };
        var company = new Option<long?>("--company") { Description = "A company's id: its contacts" };
        var user = new Option<long?>("--user") { Description = "A user's id (a staff course)" };
        var team = new Option<long?>("--team") { Description = "A team's id: its users (a staff course)" };
        var command = new Command("enrol", "Enrol a customer, a company's contacts, a user or a team in a published course") { key, customer, company, user, team };
        command.SetAction(async (parse, ct) =>
        {
            var request = new EnrolRequest(parse.GetValue(customer), parse.GetValue(company), null, parse.GetValue(user), parse.GetValue(team));
            var batch = await enrolling.EnrolAsync(parse.GetValue(key)!, request, ActingUser.System, ct);
            output.WriteLine($"{batch.Course}: {batch.Enrolled} enrolled of {batch.Matched} ({batch.AlreadyEnrolled} already, {batch.MissingPrerequisites} missing a prerequisite)");
            return 0;
        });
        return command;
    }

    private Command Report(TextWriter output)
    {
        var from = new Option<DateOnly?>("--from") { Description = "First day of the enrolments counted (UTC, yyyy-MM-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "The day after the last (excluded)" };
        var command = new Command("report", "Completion per course of the period's enrolments, with the days it took") { from, to };
        command.SetAction(async (parse, ct) =>
        {
            var report = await completion.ByCourseAsync(ActingUser.System, new ReportQuery(parse.GetValue(from), parse.GetValue(to), null, null).Checked(), ct);
            static string[] Row(string course, string title, CompletionFigures f) =>
            [
                course, title, f.Enrolled.ToString(CultureInfo.InvariantCulture), f.Completed.ToString(CultureInfo.InvariantCulture),
                f.CompletionRate is { } rate ? rate.ToString("0.0%", CultureInfo.InvariantCulture) : "-",
                f.MedianDays?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
            ];
            TextTable.Print(output, ["COURSE", "TITLE", "ENROLLED", "COMPLETED", "COMPLETION", "MEDIAN DAYS"],
                [.. report.Items.Select(c => Row(c.Course, c.Title, c.Figures)), Row("all", "", report.Total)]);
            return 0;
        });
        return command;
    }
}
