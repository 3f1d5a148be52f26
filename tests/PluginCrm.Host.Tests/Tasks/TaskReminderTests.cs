using System.Text.Json.Nodes;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tasks;

/// <summary>
/// The host's job <c>host.task-reminders</c>, driven by the clock: the assignee hears before a task is due, its team's
/// manager when it is overdue, each once per task and due time. A host per test: the tests move the clock.
/// </summary>
public sealed class TaskReminderTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long team;
    private CrmTestUser rep = null!, manager = null!;
    private HttpClient repClient = null!;

    public Task InitializeAsync() => StartAsync(reminderMinutes: null);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task StartAsync(string? reminderMinutes)
    {
        host = await CrmTestHost.StartAsync(o =>
        {
            if (reminderMinutes is not null)
                o.Settings["Tasks:ReminderMinutes"] = reminderMinutes;
        });
        team = await host.CreateTeamAsync("Sales");
        (rep, repClient) = await host.ActAsAsync(CrmRole.Rep, team);
        (manager, _) = await host.ActAsAsync(CrmRole.Manager, team);
        (await host.Client.Put($"/api/teams/{team}", new { name = "Sales", managerId = manager.Id })).EnsureSuccessStatusCode();
    }

    private async Task SaveTemplatesAsync()
    {
        (await host.Client.Put("/api/templates/task.reminder", new { kind = "message", body = "Subject: Due soon: {{ task.subject }} at {{ crm_date.format task.due_utc 'HH:mm' }}\n\nHello {{ user.name }}" })).EnsureSuccessStatusCode();
        (await host.Client.Put("/api/templates/task.overdue", new { kind = "message", body = "Subject: Overdue: {{ task.subject }} of {{ assignee.email }}\n\nDue {{ task.due_utc }}" })).EnsureSuccessStatusCode();
    }

    private DateTime Now => host.Clock.GetUtcNow().UtcDateTime;

    private async Task<TaskRecord> TaskAsync(string subject, int dueInMinutes, bool done = false) =>
        await (await repClient.Post("/api/tasks", new { subject, dueUtc = Now.AddMinutes(dueInMinutes), done })).As<TaskRecord>();

    private async Task AfterAsync(int minutes)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(minutes));
        await host.RunDueJobsAsync();
    }

    private async Task<List<string>> InboxAsync(long userId)
    {
        await host.DeliverOutboxAsync();
        return (await host.InboxAsync(userId)).Select(m => m.Subject).Reverse().ToList();
    }

    [Fact]
    public async Task The_assignee_hears_an_hour_before_and_the_teams_manager_when_overdue_each_once()
    {
        await SaveTemplatesAsync();
        await TaskAsync("Call Wang Fang", dueInMinutes: 90); // due 10:30

        await AfterAsync(29); // 09:29: 61 minutes to go
        Assert.Empty(await InboxAsync(rep.Id));
        await AfterAsync(1); // 09:30: an hour to go
        Assert.Equal(["Due soon: Call Wang Fang at 10:30"], await InboxAsync(rep.Id));
        await AfterAsync(30);
        Assert.Empty(await InboxAsync(manager.Id));

        await AfterAsync(30); // 10:30: due now, so overdue
        await AfterAsync(60);
        Assert.Equal([$"Overdue: Call Wang Fang of {rep.Email}"], await InboxAsync(manager.Id));
        Assert.Equal(["Due soon: Call Wang Fang at 10:30"], await InboxAsync(rep.Id));
    }

    [Fact]
    public async Task A_task_moved_to_a_new_due_time_reminds_again()
    {
        await SaveTemplatesAsync();
        var task = await TaskAsync("Send the quote", dueInMinutes: 30); // due 09:30
        await AfterAsync(1);
        var read = await host.Client.Get<JsonObject>($"/api/tasks/{task.Id}");
        read["dueUtc"] = "2026-01-06T09:30:00Z";
        (await host.Client.Put($"/api/tasks/{task.Id}", read)).EnsureSuccessStatusCode();

        await AfterAsync(60 * 23 + 29); // 2026-01-06 08:30: an hour before the new time
        await AfterAsync(120);

        Assert.Equal(["Due soon: Send the quote at 09:30", "Due soon: Send the quote at 09:30"], await InboxAsync(rep.Id));
        Assert.Equal(["Overdue: Send the quote of " + rep.Email], await InboxAsync(manager.Id));
    }

    [Fact]
    public async Task A_done_task_and_one_nobody_is_assigned_get_no_message()
    {
        await SaveTemplatesAsync();
        await TaskAsync("Done already", dueInMinutes: 30, done: true);
        (await host.Client.Post("/api/tasks", new { subject = "The team's", dueUtc = Now.AddMinutes(30), teamId = team })).EnsureSuccessStatusCode();

        await AfterAsync(1);
        await AfterAsync(60);

        Assert.Empty(await InboxAsync(rep.Id));
        Assert.Empty(await InboxAsync(manager.Id));
    }

    [Fact]
    public async Task Without_the_templates_a_run_warns_once_per_template_and_the_messages_go_once_they_are_saved()
    {
        await TaskAsync("First", dueInMinutes: 30);
        await TaskAsync("Second", dueInMinutes: 40);

        await AfterAsync(1);
        var jobs = await host.Client.Get<List<JsonObject>>("/api/jobs");
        Assert.Equal("succeeded", jobs.Single(j => (string?)j["key"] == "host.task-reminders")["lastOutcome"]!.ToString());
        Assert.Single(Log().Split('\n'), l => l.Contains("Task reminders with task.reminder not sent: There is no message template 'task.reminder'"));
        Assert.Empty(await InboxAsync(rep.Id));

        await SaveTemplatesAsync();
        await AfterAsync(1);
        Assert.Equal(["Due soon: First at 09:30", "Due soon: Second at 09:40"], await InboxAsync(rep.Id));
    }

    [Fact]
    public async Task The_lead_time_is_the_configured_Tasks_ReminderMinutes_and_a_bad_one_stops_the_host()
    {
        await host.DisposeAsync();
        await StartAsync(reminderMinutes: "15");
        await SaveTemplatesAsync();
        await TaskAsync("Quick call", dueInMinutes: 30); // due 09:30

        await AfterAsync(14); // 16 minutes to go
        Assert.Empty(await InboxAsync(rep.Id));
        await AfterAsync(1);
        Assert.Equal(["Due soon: Quick call at 09:30"], await InboxAsync(rep.Id));

        var error = await Assert.ThrowsAsync<StartupException>(() => CrmTestHost.StartAsync(o => o.Settings["Tasks:ReminderMinutes"] = "-5"));
        Assert.Contains("Tasks:ReminderMinutes must be between 0 and 10080", error.Message);
    }

    private string Log() => string.Join("\n", Directory.GetFiles(Path.Combine(host.DataDirectory, "logs")).Select(file =>
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));
}
