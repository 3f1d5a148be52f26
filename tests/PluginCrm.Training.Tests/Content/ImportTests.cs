using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Testing;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Content;

/// <summary><c>crm training import DIR</c> against a real host: all or nothing, and a second run changes nothing.</summary>
public sealed class ImportTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private Task<CrmCommandResult> Import(string directory) => training.Host.RunCommandAsync("training", "import", directory);

    private Task<HttpResponseMessage> Course(string key) => training.Admin.GetAsync($"{TrainingHost.Courses}/{key}");

    [Fact]
    public async Task A_folder_imported_again_changes_nothing_and_a_changed_lesson_makes_a_new_version()
    {
        using var content = new ContentDirectory().WithSample("import-again");
        var folder = content.Folder("import-again");

        var first = await Import(folder);
        var created = await (await Course("import-again")).As<JsonElement>();
        training.Clock.Advance(TimeSpan.FromHours(1));
        var again = await Import(folder);
        var unchanged = await (await Course("import-again")).As<JsonElement>();
        content.With("import-again/01-welcome.md", "---\ntitle: Welcome aboard\n---\nWhat the Pulse One does, and why.\n");
        var changed = await Import(folder);
        var second = await (await Course("import-again")).As<JsonElement>();

        Assert.Equal((0, "import-again: created (version 1, 3 lessons)"), (first.Exit, first.Out.Trim()));
        Assert.Equal((0, "import-again: unchanged (version 1, 3 lessons)"), (again.Exit, again.Out.Trim()));
        Assert.Equal((0, "import-again: version 2 (3 lessons)"), (changed.Exit, changed.Out.Trim()));
        Assert.Equal([1], Versions(unchanged));
        Assert.Equal(created.GetProperty("updatedUtc").GetDateTime(), unchanged.GetProperty("updatedUtc").GetDateTime());
        Assert.Equal([1, 2], Versions(second));
        Assert.Equal(("published", 2, "Welcome aboard"), (second.GetProperty("status").GetString(), second.GetProperty("currentVersion").GetInt32(),
            second.GetProperty("draft").GetProperty("lessons")[0].GetProperty("title").GetString()));
        Assert.Equal(training.Clock.GetUtcNow().UtcDateTime, second.GetProperty("updatedUtc").GetDateTime());
    }

    [Fact]
    public async Task A_bad_file_in_a_two_course_import_imports_neither()
    {
        using var content = new ContentDirectory().WithSample("bad-one").WithSample("bad-two")
            .With("bad-two/02-tour.md", "---\ntitle: A tour\nkind: video\nurl: not a link\n---\n");

        await RefusedAsync(content, "bad-two/02-tour.md:4: url: must be an http or https address for a video lesson", "bad-one", "bad-two");
    }

    [Fact]
    public async Task A_course_and_its_prerequisite_arrive_together_the_prerequisite_first()
    {
        using var content = new ContentDirectory()
            .WithSample("pre-advanced").With("pre-advanced/course.md", "---\ntitle: Advanced\nprerequisites: [pre-basics]\n---\n")
            .WithSample("pre-basics");

        var result = await Import(content.Path);
        var advanced = await (await Course("pre-advanced")).As<JsonElement>();

        Assert.Equal(0, result.Exit);
        Assert.Equal(["pre-basics: created (version 1, 3 lessons)", "pre-advanced: created (version 1, 3 lessons)"], result.Out.Trim().Split(Environment.NewLine));
        Assert.Equal("pre-basics", advanced.GetProperty("draft").GetProperty("prerequisites")[0].GetString());
    }

    [Fact]
    public async Task A_prerequisite_the_catalogue_lacks_rolls_back_the_courses_saved_before_it()
    {
        using var content = new ContentDirectory()
            .WithSample("gone-a")
            .WithSample("gone-b").With("gone-b/course.md", "---\ntitle: B\nprerequisites:\n  - gone-a\n  - nowhere\n---\n");

        await RefusedAsync(content, "gone-b/course.md:5: prerequisites[1]: there is no course 'nowhere'", "gone-a", "gone-b");
    }

    [Fact]
    public async Task A_directory_without_a_course_is_refused()
    {
        using var content = new ContentDirectory().With("notes/readme.md", "# Notes\n");

        var result = await Import(content.Path);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"{Path.GetFileName(content.Path)}: has no course.md, nor folders that have one", result.Error);
    }

    // Refused content exits 1 with its one error, then the summary line; none of the import's courses exists.
    private async Task RefusedAsync(ContentDirectory content, string error, params string[] keys)
    {
        var result = await Import(content.Path);

        Assert.Equal(1, result.Exit);
        Assert.Equal([error, $"crm: 1 error in {Path.GetFileName(content.Path)}; nothing was imported"], result.Error.Trim().Split(Environment.NewLine));
        foreach (var key in keys)
            Assert.Equal(HttpStatusCode.NotFound, (await Course(key)).StatusCode);
    }

    private static int[] Versions(JsonElement course) =>
        course.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).ToArray();
}
