using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Modules;

/// <summary>
/// Training's screens, declared by the module as data, in the browser: a rep learns a course one lesson at a time and
/// answers its quiz, whose questions (a choice, check boxes) are fields the module serves.
/// </summary>
public sealed class TrainingScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_rep_reads_a_lesson_marks_it_done_and_passes_the_quiz_in_its_form()
    {
        var api = Demo.Host.Client;
        var users = (await api.GetFromJsonAsync<List<JsonElement>>("/api/users"))!;
        var rep = users.Single(u => u.GetProperty("email").GetString() == DemoStaff.Rep).GetProperty("id").GetInt64();
        (await api.PostAsJsonAsync("/api/training/courses", new
        {
            key = "browser-skills", title = "Answering the phone", audience = "staff",
            lessons = new object[]
            {
                new { key = "greet", title = "The greeting", kind = "text", body = "Say **your name** first." },
                new
                {
                    key = "check", title = "Check", kind = "quiz",
                    quiz = new
                    {
                        passMark = 100,
                        questions = new object[]
                        {
                            new { key = "first", type = "single", text = "What do you say first?", choices = new[] { "Hello", "Your name" }, correct = new[] { "Your name" }, explanation = "Callers want to know who they talk to." },
                            new { key = "ways", type = "multiple", text = "Which help a caller?", choices = new[] { "A call back", "Hold music", "A ticket number" }, correct = new[] { "A call back", "A ticket number" } },
                        },
                    },
                },
            },
        })).EnsureSuccessStatusCode();
        (await api.PostAsync("/api/training/courses/browser-skills/publish", null)).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/training/courses/browser-skills/enrolments", new { userId = rep })).EnsureSuccessStatusCode();
        await SignInAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My training" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Answering the phone" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Answering the phone");
        await Expect(Page.Locator(".markdown strong")).ToHaveTextAsync("your name");
        await StepAsync("lesson");
        await Page.AssertNoSeriousViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Done, next lesson" }).ClickAsync();
        await Expect(Page.GetByText("2 of 2")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Quiz" }).ClickAsync();
        await Page.GetByLabel("What do you say first?").SelectOptionAsync("Your name");
        await Page.GetByLabel("A call back").CheckAsync();
        await Page.GetByLabel("A ticket number").CheckAsync();
        await StepAsync("quiz");
        await Page.AssertNoSeriousViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();

        await Expect(Page.GetByText("Callers want to know who they talk to.")).ToBeVisibleAsync();
        await StepAsync("passed");
        var mine = (await (await SignedInAsync()).GetFromJsonAsync<JsonElement>("/api/training/me")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("course").GetString() == "browser-skills");
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("completedUtc").ValueKind);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = Demo.Host.AnonymousClient();
        var session = await (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = DemoStaff.Rep, password = DemoStaff.Password })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", session.GetProperty("token").GetString());
        return client;
    }
}
