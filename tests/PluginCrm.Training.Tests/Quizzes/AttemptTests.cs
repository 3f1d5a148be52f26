using System.Net;
using System.Text.Json;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Quizzes;

/// <summary>
/// Attempts at the fixture course's quiz over HTTP (pass mark 50, two attempts; 'light' single choice, right 'red';
/// 'charge' multiple choice, right 'usb' and 'dock'; a point each).
/// </summary>
public sealed class AttemptTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    private async Task<long> EnrolledAsync(string course, string name)
    {
        var customer = await training.CustomerAsync(name);
        return (await (await training.Admin.Post($"{TrainingHost.Courses}/{course}/enrolments", new { customerId = customer })).As<JsonElement>())
            .GetProperty("enrolmentIds")[0].GetInt64();
    }

    private Task<HttpResponseMessage> AttemptAsync(long enrolment, object answers) =>
        training.Admin.Post($"/api/training/enrolments/{enrolment}/quizzes/check/attempts", new { answers });

    [Fact]
    public async Task A_failed_attempt_explains_without_the_answers_and_a_pass_completes_the_course()
    {
        await training.PublishedCourseAsync("quiz-a");
        var enrolment = await EnrolledAsync("quiz-a", "Quiz Taker");
        foreach (var lesson in new[] { "welcome", "tour" })
            await (await training.Admin.PostAsync($"/api/training/enrolments/{enrolment}/lessons/{lesson}/done", null)).As<JsonElement>();

        // 0 + (1 right − 1 wrong) ÷ 2 = 0 points of 2: 0%.
        var failed = await (await AttemptAsync(enrolment, new { light = "green", charge = new[] { "usb", "solar" } })).As<JsonElement>();
        // 1 + (1 right − 0 wrong) ÷ 2 = 1.5 of 2: 75%, passed at 50.
        var passed = await (await AttemptAsync(enrolment, new { light = "red", charge = new[] { "usb" } })).As<JsonElement>();
        var again = await AttemptAsync(enrolment, new { light = "red" });

        Assert.Equal((1, 0m, 0m, false, 1), (failed.GetProperty("number").GetInt32(), failed.GetProperty("points").GetDecimal(),
            failed.GetProperty("percent").GetDecimal(), failed.GetProperty("passed").GetBoolean(), failed.GetProperty("attemptsLeft").GetInt32()));
        var light = failed.GetProperty("questions")[0];
        Assert.Equal(("Red below 10%.", JsonValueKind.Null), (light.GetProperty("explanation").GetString(), light.GetProperty("right").ValueKind));
        Assert.Equal((2, 1.5m, 75m, true, true), (passed.GetProperty("number").GetInt32(), passed.GetProperty("points").GetDecimal(),
            passed.GetProperty("percent").GetDecimal(), passed.GetProperty("passed").GetBoolean(), passed.GetProperty("courseCompleted").GetBoolean()));
        Assert.Equal(["usb", "dock"], passed.GetProperty("questions")[1].GetProperty("right").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(0.5m, passed.GetProperty("questions")[1].GetProperty("points").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("quiz 'check' is passed already", (await again.ProblemAsync()).Detail);
    }

    [Fact]
    public async Task The_attempts_run_out_bad_answers_are_named_and_the_first_attempts_make_the_item_statistics()
    {
        await training.PublishedCourseAsync("quiz-b");
        var first = await EnrolledAsync("quiz-b", "Unlucky Learner");
        var second = await EnrolledAsync("quiz-b", "Good Learner");

        var unknown = await AttemptAsync(first, new { light = "blue", nope = "x" });
        await (await AttemptAsync(first, new { light = "green" })).As<JsonElement>();
        var last = await (await AttemptAsync(first, new { light = "green", charge = new[] { "solar" } })).As<JsonElement>();
        var none = await AttemptAsync(first, new { light = "red" });
        await (await AttemptAsync(second, new { light = "red", charge = new[] { "usb", "dock" } })).As<JsonElement>();
        var items = await (await training.Admin.GetAsync("/api/training/reports/courses/quiz-b/items")).As<JsonElement>();

        var errors = (await unknown.ProblemAsync()).Errors!;
        Assert.Equal(["answers.light", "answers.nope"], errors.Keys.Order());
        Assert.Equal((0, "Red below 10%."), (last.GetProperty("attemptsLeft").GetInt32(), last.GetProperty("questions")[0].GetProperty("explanation").GetString()));
        Assert.Equal(["red"], last.GetProperty("questions")[0].GetProperty("right").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("no attempts left at quiz 'check': 2 of 2 used", (await none.ProblemAsync()).Detail);
        // First attempts only: 'light' wrong then right (difficulty 0.5), 'charge' unanswered then full (0.5).
        Assert.Equal([("light", 2, 0.5m), ("charge", 2, 0.5m)], items.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("question").GetString(), i.GetProperty("attempts").GetInt32(), i.GetProperty("difficulty").GetDecimal())));
    }
}
