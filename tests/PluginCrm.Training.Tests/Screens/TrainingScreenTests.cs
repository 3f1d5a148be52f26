using System.Net;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Screens;

/// <summary>
/// Training in the web console, declared by the module as data (no front-end code of its own): an admin builds a course a
/// lesson and a question at a time, a member of staff learns it one lesson at a time and answers its quiz, whose
/// questions are form fields the module serves.
/// </summary>
public sealed class TrainingScreenTests(TrainingHost training) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task An_admin_builds_a_course_in_forms_and_a_rep_learns_it_lesson_by_lesson()
    {
        using var admin = ConsoleBrowser.As(training.Admin);
        var created = await admin.SubmitAsync("/m/training/new-course", "/m/training/new-course",
            new Dictionary<string, string> { ["key"] = "screen-skills", ["title"] = "Phone skills", ["audience"] = "staff", ["summary"] = "Answer **well**." });
        var course = (await (await training.Admin.GetAsync($"{TrainingHost.Courses}/screen-skills")).As<JsonElement>()).GetProperty("id").GetInt64();
        var badLesson = await admin.SubmitAsync($"/m/training/add-lesson/{course}", $"/m/training/add-lesson/{course}",
            new Dictionary<string, string> { ["key"] = "greet", ["title"] = "Greeting", ["kind"] = "text" });
        await admin.SubmitAsync($"/m/training/add-lesson/{course}", $"/m/training/add-lesson/{course}",
            new Dictionary<string, string> { ["key"] = "greet", ["title"] = "Greeting", ["kind"] = "text", ["body"] = "Say **your name**.\n\n<script>alert(1)</script> [trap](javascript:alert(1))" });
        await admin.SubmitAsync($"/m/training/add-lesson/{course}", $"/m/training/add-lesson/{course}",
            new Dictionary<string, string> { ["key"] = "check", ["title"] = "Check", ["kind"] = "quiz", ["passMark"] = "100" });
        var withQuestion = await admin.SubmitAsync($"/m/training/add-question/{course}", $"/m/training/add-question/{course}", new Dictionary<string, string>
        {
            ["lesson"] = "check", ["key"] = "first", ["type"] = "single", ["text"] = "What do you say first?",
            ["choices"] = "Hello\nYour name\n", ["correct"] = "Your name", ["explanation"] = "People want to know who they talk to.",
        });
        await (await training.Admin.PostAsync($"{TrainingHost.Courses}/screen-skills/publish", null)).As<JsonElement>();

        Assert.Contains("<h1>Phone skills</h1>", created);
        Assert.Contains("<strong>well</strong>", created);
        Assert.Matches("id=\"field-body-error\" class=\"field-error\">is required for a text lesson", badLesson);
        Assert.Contains("What do you say first?", (await (await training.Admin.GetAsync($"{TrainingHost.Courses}/screen-skills")).As<JsonElement>()).GetRawText());
        Assert.Contains("Add question ✓", withQuestion);

        var (rep, repClient) = await training.UserAsync("screen.rep@example.test", CrmRole.Rep);
        var enrolment = (await (await repClient.Post($"{TrainingHost.Courses}/screen-skills/enrolments", new { userId = rep.Id })).As<JsonElement>()).GetProperty("enrolmentIds")[0].GetInt64();
        using var learner = ConsoleBrowser.As(repClient);
        var mine = await learner.PageAsync("/m/training/my-training");
        var first = await learner.PageAsync($"/m/training/learn/{enrolment}");
        var second = await learner.SubmitAsync($"/m/training/learn/{enrolment}", "/m/training/learn/act", new Dictionary<string, string>());
        var quiz = await learner.PageAsync($"/m/training/quiz/{enrolment}");
        var answered = await learner.SubmitAsync($"/m/training/quiz/{enrolment}", $"/m/training/quiz/{enrolment}", new Dictionary<string, string> { ["first"] = "Your name" });
        var after = await (await repClient.GetAsync($"/api/training/enrolments/{enrolment}")).As<JsonElement>();

        Assert.Contains($"href=\"/m/training/learn/{enrolment}\"", mine);
        Assert.Contains("<strong>your name</strong>", first);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", first);
        Assert.DoesNotContain("javascript:", first);
        Assert.Contains("1 of 2", first);
        Assert.Contains("2 of 2", second);
        Assert.Contains("<option value=\"Your name\"", quiz);
        Assert.Contains("What do you say first?", quiz);
        Assert.Contains("People want to know who they talk to.", answered);
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("completedUtc").ValueKind);

        // The learners' list: a staff member's row has no customer, so no link to one ("/customers/" is no page).
        var learners = await admin.PageAsync("/m/training/enrolments");
        Assert.Contains($"href=\"/m/training/enrolment/{enrolment}\"", learners);
        Assert.DoesNotContain("href=\"/customers/\"", learners);
    }

    [Fact]
    public async Task Reps_are_not_offered_the_admins_forms_and_the_kpi_screen_shows_completion()
    {
        var (_, repClient) = await training.UserAsync("screen.viewer@example.test", CrmRole.Rep);
        using var rep = ConsoleBrowser.As(repClient);
        using var admin = ConsoleBrowser.As(training.Admin);

        var course = (await training.PublishedCourseAsync("screen-offers")).GetProperty("id").GetInt64();
        var catalogue = await rep.PageAsync("/m/training/courses");
        using var form = await rep.GetAsync("/m/training/new-course");
        var repCourse = await rep.PageAsync($"/m/training/course/{course}");
        var adminCourse = await admin.PageAsync($"/m/training/course/{course}");
        using var pressed = await rep.PostFormAsync($"/m/training/course/{course}", "/m/training/course/act",
            new Dictionary<string, string> { ["action"] = "1", ["path"] = $"/courses/{course}/retire", ["id"] = $"{course}" });
        var kpis = await admin.PageAsync("/kpis");

        // In Chinese the status says published (已发布), and the versions' date column when (发布时间): one text had served both.
        var (_, readerClient) = await training.UserAsync("screen.zh@example.test", CrmRole.Admin);
        using var reader = ConsoleBrowser.As(readerClient);
        (await reader.PostFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" })).Dispose();
        var chinese = WebUtility.HtmlDecode(await reader.PageAsync($"/m/training/course/{course}"));
        Assert.Contains("已发布", chinese);
        Assert.Contains("发布时间", chinese);
        Assert.DoesNotContain("/m/training/new-course", catalogue);
        Assert.DoesNotContain("Publish the draft", repCourse);
        Assert.Contains("Publish the draft", adminCourse);
        Assert.Equal(HttpStatusCode.NotFound, pressed.StatusCode);
        Assert.Equal("published", (await (await training.Admin.GetAsync($"{TrainingHost.Courses}/screen-offers")).As<JsonElement>()).GetProperty("status").GetString());
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Training completion", kpis);
    }

    [Fact]
    public async Task A_manager_schedules_an_event_in_the_form_and_a_rep_registers_its_customer()
    {
        var teamId = await training.Host.CreateTeamAsync("Event team");
        var (_, managerClient) = await training.UserAsync("event.manager@example.test", CrmRole.Manager, teamId);
        var (rep, repClient) = await training.UserAsync("event.rep@example.test", CrmRole.Rep, teamId);
        var customer = await training.CustomerAsync("Event Guest", rep.Id);
        using var manager = ConsoleBrowser.As(managerClient);
        using var repBrowser = ConsoleBrowser.As(repClient);
        var starts = training.Clock.GetUtcNow().UtcDateTime.AddDays(7);

        var scheduled = await manager.SubmitAsync("/m/training/new-event", "/m/training/new-event", new Dictionary<string, string>
        {
            ["title"] = "Pulse launch evening", ["kind"] = "launch", ["audience"] = "customers", ["capacity"] = "1",
            ["startsUtc"] = $"{starts:yyyy-MM-ddTHH:mm}", ["endsUtc"] = $"{starts.AddHours(2):yyyy-MM-ddTHH:mm}", ["place"] = "Shop floor",
        });
        var id = (await (await training.Admin.GetAsync("/api/training/events")).As<JsonElement>()).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("title").GetString() == "Pulse launch evening").GetProperty("id").GetInt64();
        var registered = await repBrowser.SubmitAsync($"/m/training/register/{id}", $"/m/training/register/{id}", new Dictionary<string, string> { ["customerId"] = $"{customer}" });
        var calendar = await repBrowser.PageAsync("/m/training/events");
        using var repSchedules = await repBrowser.GetAsync("/m/training/new-event");

        Assert.Contains("<h1>Pulse launch evening</h1>", scheduled);
        Assert.Contains("Register ✓", registered);
        Assert.Contains($"href=\"/m/training/event/{id}\"", calendar);
        Assert.NotEqual(HttpStatusCode.OK, repSchedules.StatusCode);
        var seats = await (await training.Admin.GetAsync($"/api/training/events/{id}")).As<JsonElement>();
        Assert.Equal((1, 0), (seats.GetProperty("registered").GetInt32(), seats.GetProperty("seatsLeft").GetInt32()));
    }
}
