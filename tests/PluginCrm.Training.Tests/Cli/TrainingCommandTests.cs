using System.Text.RegularExpressions;
using PluginCrm.Sdk.Testing;
using PluginCrm.Training.Tests.Content;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Cli;

/// <summary><c>crm training</c>'s parsing, output and exit codes, run in a test host.</summary>
public sealed class TrainingCommandTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private Task<CrmCommandResult> Crm(params string[] args) => training.Host.RunCommandAsync("training", args);

    [Fact]
    public async Task Courses_lists_each_course_with_its_version_and_learners_in_columns()
    {
        using var content = new ContentDirectory().WithSample("cli-list");
        await Crm("import", content.Folder("cli-list"));
        await training.Admin.Post(TrainingHost.Courses, TrainingHost.Course("cli-draft", title: "A draft", audience: "staff"));

        var result = await Crm("courses");

        var lines = result.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(0, result.Exit);
        Assert.Equal(["KEY", "TITLE", "AUDIENCE", "STATUS", "VERSION", "LESSONS", "ENROLLED", "COMPLETED"], Cells(lines[0]));
        Assert.Equal(["cli-list", "Getting started", "customers", "published", "1", "3", "0", "0"], Cells(Assert.Single(lines, l => l.StartsWith("cli-list "))));
        Assert.Equal(["cli-draft", "A draft", "staff", "draft", "0", "3", "0", "0"], Cells(Assert.Single(lines, l => l.StartsWith("cli-draft "))));
        // Columns line up under their headings.
        Assert.All(lines.Skip(1), l => Assert.Equal(lines[0].IndexOf("AUDIENCE"), l.IndexOf(Cells(l)[2], lines[0].IndexOf("TITLE") + 1)));
    }

    [Fact]
    public async Task Enrol_names_what_it_did_and_report_shows_completion_per_course()
    {
        await training.PublishedCourseAsync("cli-enrol", new
        {
            key = "cli-enrol", title = "One lesson", audience = "customers", lessons = new[] { new { key = "read", title = "Read", kind = "text", body = "Read." } },
        });
        var customer = await training.CustomerAsync("Command Learner");

        var enrolled = await Crm("enrol", "cli-enrol", "--customer", $"{customer}");
        var nobody = await Crm("enrol", "cli-enrol");
        var enrolment = (await (await training.Admin.GetAsync($"/api/training/enrolments?customerId={customer}")).As<System.Text.Json.JsonElement>()).GetProperty("items")[0].GetProperty("id").GetInt64();
        await (await training.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/read/done", null)).As<object>();
        var report = await Crm("report");

        Assert.Equal((0, "cli-enrol: 1 enrolled of 1 (0 already, 0 missing a prerequisite)"), (enrolled.Exit, enrolled.Out.Trim()));
        Assert.NotEqual(0, nobody.Exit);
        Assert.Contains("name exactly one of customerId, companyId, filters, userId, teamId", nobody.Error);
        var lines = report.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(["COURSE", "TITLE", "ENROLLED", "COMPLETED", "COMPLETION", "MEDIAN DAYS"], Cells(lines[0]));
        Assert.Equal(["cli-enrol", "One lesson", "1", "1", "100.0%", "0.0"], Cells(Assert.Single(lines, l => l.StartsWith("cli-enrol "))));
    }

    [Fact]
    public async Task Publish_and_retire_say_where_the_course_is_and_a_refusal_exits_1()
    {
        await training.Admin.Post(TrainingHost.Courses, TrainingHost.Course("cli-life"));

        var published = await Crm("publish", "cli-life");
        var retired = await Crm("retire", "cli-life");
        var retiredAgain = await Crm("retire", "cli-life");
        var reopened = await Crm("publish", "cli-life");
        var missing = await Crm("publish", "cli-nowhere");

        Assert.Equal((0, "course cli-life: published, version 1"), (published.Exit, published.Out.Trim()));
        Assert.Equal((0, "course cli-life: retired, version 1"), (retired.Exit, retired.Out.Trim()));
        Assert.Equal((1, "crm: course 'cli-life' is retired; only a published course can be retired"), (retiredAgain.Exit, retiredAgain.Error.Trim()));
        Assert.Equal((0, "course cli-life: published, version 1"), (reopened.Exit, reopened.Out.Trim()));
        Assert.Equal((1, "crm: there is no course 'cli-nowhere'"), (missing.Exit, missing.Error.Trim()));
    }

    [Theory]
    [InlineData]
    [InlineData("import")]
    [InlineData("unenrol", "someone")]
    [InlineData("publish")]
    public async Task Bad_arguments_exit_2_and_point_to_help(params string[] args)
    {
        var result = await Crm(args);

        Assert.Equal(2, result.Exit);
        Assert.EndsWith("(see 'crm training --help')", result.Error.Trim());
    }

    [Fact]
    public async Task Importing_a_directory_that_is_not_there_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");

        var result = await Crm("import", missing);

        Assert.Equal((2, $"crm: {missing}: no such directory"), (result.Exit, result.Error.Trim()));
    }

    private static string[] Cells(string line) => Regex.Split(line.Trim(), @"\s{2,}");
}
