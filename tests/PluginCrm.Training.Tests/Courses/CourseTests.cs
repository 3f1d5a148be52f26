using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Courses;

/// <summary>Courses as an admin keeps them over HTTP: refused with every problem named, published in versions, retired.</summary>
public sealed class CourseTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private const string Courses = TrainingHost.Courses;

    [Fact]
    public async Task A_wrong_course_is_refused_with_each_problem_named_by_its_path()
    {
        var bad = new
        {
            key = "Bad Key", title = "", audience = "everyone",
            lessons = new object[]
            {
                new { key = "intro", title = "Intro", kind = "text" },
                new { key = "intro", title = "Again", kind = "video", url = "ftp://x" },
                new
                {
                    key = "quiz", title = "Quiz", kind = "quiz",
                    quiz = new
                    {
                        passMark = 120,
                        questions = new object[]
                        {
                            new { key = "q1", type = "single", text = "Pick", choices = new[] { "a", "b" }, correct = new[] { "c" } },
                            new { key = "q2", type = "truefalse", text = "Yes?", correct = new[] { "maybe" } },
                            new { key = "q3", type = "short", text = "Name?" },
                            new { key = "q4", type = "essay", text = "Write" },
                        },
                    },
                },
            },
        };

        var response = await training.Admin.Post(Courses, bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).Errors!;
        Assert.Equal(new Dictionary<string, string>
        {
            ["key"] = "must be lower-case letters, digits and '-', starting with a letter, at most 60",
            ["title"] = "is required, at most 200 characters",
            ["audience"] = "'everyone' is not one of customers, staff",
            ["lessons[0].body"] = "is required for a text lesson",
            ["lessons[1].key"] = "'intro' is the key of an earlier lesson",
            ["lessons[1].url"] = "must be an http or https address for a video lesson",
            ["lessons[2].quiz.passMark"] = "must be a percentage between 0 and 100",
            ["lessons[2].quiz.questions[0].correct"] = "'c' is not one of the choices",
            ["lessons[2].quiz.questions[1].correct"] = "must be [\"true\"] or [\"false\"]",
            ["lessons[2].quiz.questions[2].accepted"] = "must list at least one accepted answer, each at most 200 characters",
            ["lessons[2].quiz.questions[3].type"] = "'essay' is not one of single, multiple, truefalse, short",
        }, errors.ToDictionary(e => e.Key, e => Assert.Single(e.Value)));
    }

    [Fact]
    public async Task Prerequisites_must_exist_and_must_not_lead_back()
    {
        await training.PublishedCourseAsync("basics-a");
        var unknown = await training.Admin.Post(Courses, TrainingHost.Course("advanced-a", prerequisites: ["nowhere"]));
        await (await training.Admin.Post(Courses, TrainingHost.Course("advanced-b", prerequisites: ["basics-a"]))).As<JsonElement>();
        var circle = await training.Admin.PutAsync($"{Courses}/basics-a", Json.Body(TrainingHost.Course("basics-a", prerequisites: ["advanced-b"])));

        Assert.Equal("there is no course 'nowhere'", Assert.Single((await unknown.ProblemAsync()).Errors!["prerequisites[0]"]));
        Assert.Equal("'advanced-b' itself requires 'basics-a', which would make a circle", Assert.Single((await circle.ProblemAsync()).Errors!["prerequisites[0]"]));
    }

    [Fact]
    public async Task Publishing_a_changed_draft_makes_a_version_and_only_admins_change_courses()
    {
        var first = await training.PublishedCourseAsync("versions-a");
        var again = await (await training.Admin.PostAsync($"{Courses}/versions-a/publish", null)).As<JsonElement>();
        await (await training.Admin.PutAsync($"{Courses}/versions-a", Json.Body(TrainingHost.Course("versions-a", title: "Getting started, 2nd edition")))).As<JsonElement>();
        var draftOnly = await (await training.Admin.GetAsync($"{Courses}/versions-a")).As<JsonElement>();
        var second = await (await training.Admin.PostAsync($"{Courses}/versions-a/publish", null)).As<JsonElement>();
        var (_, rep) = await training.UserAsync("versions.rep@example.test", CrmRole.Rep);

        Assert.Equal((1, 1), (first.GetProperty("currentVersion").GetInt32(), again.GetProperty("currentVersion").GetInt32()));
        Assert.Equal((1, "Getting started, 2nd edition"), (draftOnly.GetProperty("currentVersion").GetInt32(), draftOnly.GetProperty("title").GetString()));
        Assert.Equal(2, second.GetProperty("currentVersion").GetInt32());
        Assert.Equal([1, 2], second.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsync($"{Courses}/versions-a/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync($"{Courses}/versions-a")).StatusCode);
    }

    [Fact]
    public async Task A_retired_course_takes_no_new_learners()
    {
        await training.PublishedCourseAsync("retired-a");
        var customer = await training.CustomerAsync("Retired Learner");
        await (await training.Admin.PostAsync($"{Courses}/retired-a/retire", null)).As<JsonElement>();

        var refused = await training.Admin.Post($"{Courses}/retired-a/enrolments", new { customerId = customer });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("course 'retired-a' is retired; learners enrol in a published course", (await refused.ProblemAsync()).Detail);
    }
}
