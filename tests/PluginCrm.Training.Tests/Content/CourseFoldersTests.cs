using PluginCrm.Training.Content.Reading;

namespace PluginCrm.Training.Tests.Content;

/// <summary>An imported directory: one course or a folder of courses, each after the prerequisites it comes with.</summary>
public sealed class CourseFoldersTests
{
    [Fact]
    public void Courses_come_after_the_prerequisites_imported_with_them()
    {
        using var content = new ContentDirectory()
            .WithSample("advanced").With("advanced/course.md", "---\ntitle: Advanced\nprerequisites: [basics, elsewhere]\n---\n")
            .WithSample("basics")
            .WithSample("extra").With("extra/course.md", "---\ntitle: Extra\nprerequisites: [advanced]\n---\n");

        var reading = CourseFolders.Read(content.Path);

        Assert.Empty(reading.Errors);
        Assert.Equal(["basics", "advanced", "extra"], reading.Courses.Select(c => c.Course!.Key));
    }

    [Fact]
    public void A_folder_that_is_one_course_is_read_as_that_course()
    {
        using var content = new ContentDirectory().WithSample("only");

        var reading = CourseFolders.Read(content.Folder("only"));

        Assert.Equal("only", Assert.Single(reading.Courses).Course!.Key);
        Assert.Equal("course.md", reading.Courses[0].Source.File);
    }

    [Fact]
    public void Errors_of_every_course_are_reported_and_none_is_read()
    {
        using var content = new ContentDirectory()
            .WithSample("one").With("one/01-welcome.md", "---\ntitle: Welcome\n---\n")
            .WithSample("two").With("two/03-check.md", SampleCourse.Quiz.Replace("- [ ] Solar", "- Solar"));

        var reading = CourseFolders.Read(content.Path);

        Assert.Empty(reading.Courses);
        Assert.Equal(["one/01-welcome.md:3: body: is required for a text lesson", "two/03-check.md:18: a choice is one line: '- [x] a right one' or '- [ ] a wrong one'"],
            reading.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Two_courses_with_one_key_or_requiring_each_other_are_refused()
    {
        using var twins = new ContentDirectory().WithSample("one", key: "same").WithSample("two", key: "same");
        using var circle = new ContentDirectory()
            .WithSample("a").With("a/course.md", "---\ntitle: A\nprerequisites: [b]\n---\n")
            .WithSample("b").With("b/course.md", "---\ntitle: B\nprerequisites:\n  - c\n---\n")
            .WithSample("c").With("c/course.md", "---\ntitle: C\nprerequisites: [a]\n---\n");

        Assert.Equal(["two/course.md:2: key: 'same' is also the key of one/course.md"], CourseFolders.Read(twins.Path).Errors.Select(e => e.ToString()));
        Assert.Equal(["c/course.md:3: prerequisites[0]: makes a circle: a requires b requires c requires a"], CourseFolders.Read(circle.Path).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_directory_without_a_course_says_so()
    {
        using var content = new ContentDirectory().With("notes/readme.md", "# Notes\n");

        var error = Assert.Single(CourseFolders.Read(content.Path).Errors);

        Assert.Equal($"{Path.GetFileName(content.Path)}: has no course.md, nor folders that have one", error.ToString());
    }
}
