using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// A rep logs a call, or adds a task, from the customer page: one form, the API's interaction.create as that rep, the timeline shows it;
/// on someone else's customer nothing is written. A host of its own, since it writes.
/// </summary>
public sealed class LogInteractionTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long rep, own, others;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);
        var team = await IdAsync(await host.Client.PostAsJsonAsync("/api/teams", new { name = "East" }));
        rep = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "rep@example.com", name = "Rep", role = "rep", teamId = team, password = "a-long-password" }));
        var other = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "other@example.com", name = "Other", role = "rep", teamId = team, password = "a-long-password" }));
        own = await IdAsync(await host.Client.PostAsJsonAsync("/api/customers", new { name = "Zhou Min", ownerId = rep }));
        others = await IdAsync(await host.Client.PostAsJsonAsync("/api/customers", new { name = "Not Yours", ownerId = other }));
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_logged_call_is_an_interaction_by_the_rep_on_the_timeline()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var logged = await session.PostFormAsync($"/customers/{own}", $"/customers/{own}",
            new() { ["_handler"] = "log", ["Log.Kind"] = "Visit", ["Log.Notes"] = "Showed the spring catalogue" });
        var page = await logged.Content.ReadAsStringAsync();
        var interactions = await host.Client.GetFromJsonAsync<JsonElement>($"/api/interactions?customerId={own}");

        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        Assert.Contains("Logged.", page);
        Assert.Contains("Showed the spring catalogue", page);
        var interaction = Assert.Single(interactions.GetProperty("items").EnumerateArray());
        Assert.Equal("visit", interaction.GetProperty("kind").GetString());
        Assert.Equal("Showed the spring catalogue", interaction.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_note_over_the_limit_is_refused_with_the_reason_and_writes_nothing()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var refused = await session.PostFormAsync($"/customers/{own}", $"/customers/{own}",
            new() { ["_handler"] = "log", ["Log.Kind"] = "Call", ["Log.Notes"] = new string('x', 10_001) });
        var page = await refused.Content.ReadAsStringAsync();
        var interactions = await host.Client.GetFromJsonAsync<JsonElement>($"/api/interactions?customerId={own}&kind=call");

        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("notes: is 10001 characters; at most 10000", page);
        Assert.Equal(0, interactions.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_task_added_on_the_customer_page_is_the_reps_due_when_they_said_and_about_the_customer()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var added = await session.PostFormAsync($"/customers/{own}", $"/customers/{own}",
            new() { ["_handler"] = "task", ["NewTask.Subject"] = "Send the spring prices", ["NewTask.DueUtc"] = "2026-01-06T09:30" });
        var page = await added.Content.ReadAsStringAsync();
        var tasks = await host.Client.GetFromJsonAsync<JsonElement>($"/api/tasks?relatedTo=customer:{own}");

        Assert.Contains("Task added.", page);
        var task = Assert.Single(tasks.GetProperty("items").EnumerateArray());
        Assert.Equal("Send the spring prices", task.GetProperty("subject").GetString());
        Assert.Equal(new DateTime(2026, 1, 6, 9, 30, 0, DateTimeKind.Utc), task.GetProperty("dueUtc").GetDateTime().ToUniversalTime());
        Assert.Equal(rep, task.GetProperty("assigneeId").GetInt64());
    }

    [Theory]
    [InlineData("")]
    [InlineData("next tuesday")]
    public async Task A_task_without_a_due_time_it_can_read_is_refused_naming_the_field_and_not_added(string due)
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var refused = await session.PostFormAsync($"/customers/{own}", $"/customers/{own}",
            new() { ["_handler"] = "task", ["NewTask.Subject"] = $"Call back ({due})", ["NewTask.DueUtc"] = due });
        var page = await refused.Content.ReadAsStringAsync();
        var tasks = await host.Client.GetFromJsonAsync<JsonElement>($"/api/tasks?relatedTo=customer:{own}&pageSize=100");

        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("dueUtc: is required", page);
        Assert.DoesNotContain(tasks.GetProperty("items").EnumerateArray(), t => t.GetProperty("subject").GetString() == $"Call back ({due})");
    }

    [Fact]
    public async Task On_someone_elses_customer_the_page_is_not_found_and_nothing_is_logged()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("rep@example.com", "a-long-password");

        using var refused = await session.PostFormAsync($"/customers/{own}", $"/customers/{others}",
            new() { ["_handler"] = "log", ["Log.Kind"] = "Call", ["Log.Notes"] = "Should not land" });
        var interactions = await host.Client.GetFromJsonAsync<JsonElement>($"/api/interactions?customerId={others}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, interactions.GetProperty("total").GetInt32());
    }

    private static async Task<long> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
