using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Tasks;

/// <summary>Tasks at <c>/api/tasks</c>: owned by their assignee as a customer is by its owner, about any record one may change.</summary>
[Collection(TaskCollection.Name)]
public sealed class TaskApiTests(TaskWorld world)
{
    [Fact]
    public async Task A_reps_task_is_its_own_in_its_team_and_it_cannot_give_one_to_a_teammate()
    {
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = "Call Wang Fang back", dueUtc = "2026-01-06T10:00:00Z" });
        var given = await world.EastRep.Client.Post("/api/tasks", new { subject = "Yours", dueUtc = "2026-01-06T10:00:00Z", assigneeId = world.EastRep2.User.Id });

        Assert.Equal((world.EastRep.User.Id, world.East, TaskPriority.Normal, false, (DateTime?)null), (task.AssigneeId!.Value, task.TeamId!.Value, task.Priority, task.Done, task.DoneUtc));
        Assert.Equal("a rep can only own its own records", await given.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "assigneeId"));
    }

    [Fact]
    public async Task A_manager_assigns_within_its_team_and_an_admin_anyone_the_team_following_the_assignee()
    {
        var teams = await world.TaskAsync(world.EastManager.Client, new { subject = "Visit", dueUtc = "2026-01-07T10:00:00Z", assigneeId = world.EastRep.User.Id });
        var outside = await world.EastManager.Client.Post("/api/tasks", new { subject = "Visit", dueUtc = "2026-01-07T10:00:00Z", assigneeId = world.WestRep.User.Id });
        var admins = await world.TaskAsync(world.Admin, new { subject = "Audit", dueUtc = "2026-01-07T10:00:00Z", assigneeId = world.WestRep.User.Id });
        var moved = await (await world.Admin.Put($"/api/tasks/{admins.Id}", admins with { AssigneeId = world.EastRep2.User.Id })).As<TaskRecord>();

        Assert.Equal(world.East, teams.TeamId);
        Assert.Contains("is not in your team", await outside.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "assigneeId"));
        Assert.Equal(world.West, admins.TeamId);
        Assert.Equal((world.EastRep2.User.Id, world.East), (moved.AssigneeId!.Value, moved.TeamId!.Value));
    }

    [Fact]
    public async Task A_task_is_seen_and_changed_by_its_assignee_its_team_manager_and_admins_only()
    {
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = $"Private-{Guid.NewGuid():N}", dueUtc = "2026-01-08T10:00:00Z" });

        foreach (var (client, status) in new[] { (world.EastRep.Client, HttpStatusCode.OK), (world.EastManager.Client, HttpStatusCode.OK), (world.Admin, HttpStatusCode.OK),
                     (world.EastRep2.Client, HttpStatusCode.NotFound), (world.WestRep.Client, HttpStatusCode.NotFound), (world.WestManager.Client, HttpStatusCode.NotFound) })
        {
            Assert.Equal(status, (await client.GetAsync($"/api/tasks/{task.Id}")).StatusCode);
            Assert.Equal(status == HttpStatusCode.OK ? 1 : 0, (await client.Get<ListPage<TaskRecord>>($"/api/tasks?q={task.Subject}")).Total);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await world.EastRep2.Client.Put($"/api/tasks/{task.Id}", task with { Done = true }, task.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.EastManager.Client.Put($"/api/tasks/{task.Id}", task with { Priority = TaskPriority.High }, task.Version)).StatusCode);
    }

    [Fact]
    public async Task Marking_a_task_done_stamps_the_hosts_time_and_reopening_clears_it()
    {
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = "Send the offer", dueUtc = "2026-01-06T10:00:00Z" });

        var done = await (await world.EastRep.Client.Put($"/api/tasks/{task.Id}", task with { Done = true, DoneUtc = new DateTime(2020, 1, 1) })).As<TaskRecord>();
        var again = await (await world.EastRep.Client.Put($"/api/tasks/{task.Id}", done with { Subject = "Send the offer (sent)" })).As<TaskRecord>();
        var reopened = await (await world.EastRep.Client.Put($"/api/tasks/{task.Id}", again with { Done = false })).As<TaskRecord>();

        Assert.Equal((true, world.Now), (done.Done, done.DoneUtc!.Value));
        Assert.Equal(world.Now, again.DoneUtc);
        Assert.Equal((false, (DateTime?)null), (reopened.Done, reopened.DoneUtc));
    }

    [Fact]
    public async Task A_merge_patch_marks_a_task_done_as_a_task_update_and_a_bad_priority_names_the_field()
    {
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = "Patch me", dueUtc = "2026-01-06T10:00:00Z" });

        var done = await PatchAsync(world.EastRep.Client, $"/api/tasks/{task.Id}", """{ "done": true, "priority": "high" }""", task.Version);
        var bad = await PatchAsync(world.EastRep.Client, $"/api/tasks/{task.Id}", """{ "priority": "urgent" }""", task.Version + 1);

        var read = await done.As<TaskRecord>();
        Assert.Equal(("Patch me", true, world.Now, TaskPriority.High, 2L), (read.Subject, read.Done, read.DoneUtc!.Value, read.Priority, read.Version));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("priority", (await bad.As<Problem>()).Errors!.Keys);
        var audit = await world.EastRep.Client.Get<List<AuditMessage>>($"/api/tasks/{task.Id}/audit");
        Assert.Equal(["task.create", "task.update"], audit.Select(a => a.Message));
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string path, string json, long version)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    private sealed record AuditMessage(string Message);

    [Fact]
    public async Task A_task_may_be_about_any_record_the_caller_may_change_and_nothing_it_may_not()
    {
        var own = await world.CustomerAsync(world.EastRep.Client, "Own Ltd");
        var others = await world.CustomerAsync(world.WestRep.Client, "Other Ltd");
        var complaint = await (await world.EastRep.Client.Post("/api/feedback/complaints", new { customerId = own.Id, subject = "Late delivery", description = "Two weeks late" })).As<IdOnly>();

        var about = await world.TaskAsync(world.EastRep.Client, new { subject = "Call", dueUtc = "2026-01-06T10:00:00Z", relatedTo = $" customer:{own.Id} " });
        var onComplaint = await world.TaskAsync(world.EastRep.Client, new { subject = "Answer", dueUtc = "2026-01-06T10:00:00Z", relatedTo = $"complaint:{complaint.Id}" });
        var hidden = await world.EastRep.Client.Post("/api/tasks", new { subject = "Snoop", dueUtc = "2026-01-06T10:00:00Z", relatedTo = $"customer:{others.Id}" });
        var foreignComplaint = await world.WestRep.Client.Post("/api/tasks", new { subject = "Snoop", dueUtc = "2026-01-06T10:00:00Z", relatedTo = $"complaint:{complaint.Id}" });
        var garbled = await world.EastRep.Client.Post("/api/tasks", new { subject = "?", dueUtc = "2026-01-06T10:00:00Z", relatedTo = "Customer 42" });

        Assert.Equal(($"customer:{own.Id}", $"complaint:{complaint.Id}"), (about.RelatedTo, onComplaint.RelatedTo));
        Assert.Equal($"there is no customer {others.Id}", await hidden.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "relatedTo"));
        Assert.Equal($"there is no complaint {complaint.Id}", await foreignComplaint.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "relatedTo"));
        Assert.Contains("type:id", await garbled.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "relatedTo"));
        Assert.Equal([about.Id], await world.TaskIdsAsync(world.EastRep.Client, $"relatedTo=customer:{own.Id}"));
    }

    [Fact]
    public async Task Lists_filter_by_overdue_done_due_window_relation_and_text_and_sort_by_due_time_and_priority()
    {
        var (rep, client) = await world.Host.ActAsAsync(CrmRole.Rep, world.East);
        var customer = await world.CustomerAsync(client, "Filtered Ltd");
        // Now is 2026-01-05 09:00 UTC.
        var late = await world.TaskAsync(client, new { subject = "Late quote", dueUtc = "2026-01-04T17:00:00Z", priority = "high" });
        var soon = await world.TaskAsync(client, new { subject = "Soon call", dueUtc = "2026-01-05T11:00:00Z", priority = "low" });
        var tomorrow = await world.TaskAsync(client, new { subject = "Tomorrow visit", dueUtc = "2026-01-06T09:30:00Z", relatedTo = $"customer:{customer.Id}" });
        var finished = await world.TaskAsync(client, new { subject = "Finished quote", dueUtc = "2026-01-04T12:00:00Z", done = true });
        var mine = $"assigneeId={rep.Id}";

        Assert.Equal([late.Id], await world.TaskIdsAsync(client, $"{mine}&overdue=true"));
        Assert.Equal([soon.Id, tomorrow.Id, finished.Id], await world.TaskIdsAsync(client, $"{mine}&overdue=false"));
        Assert.Equal([finished.Id], await world.TaskIdsAsync(client, $"{mine}&done=true"));
        Assert.Equal([soon.Id], await world.TaskIdsAsync(client, $"{mine}&dueFrom=2026-01-05&dueTo=2026-01-06"));
        Assert.Equal([tomorrow.Id], await world.TaskIdsAsync(client, $"{mine}&relatedTo=customer:{customer.Id}"));
        Assert.Equal([late.Id, finished.Id], await world.TaskIdsAsync(client, $"{mine}&q=quote"));
        Assert.Equal([finished.Id, late.Id, soon.Id, tomorrow.Id], await world.TaskIdsAsync(client, $"{mine}&sort=dueUtc"));
        // high, then the two normal ones by id, then low.
        Assert.Equal([late.Id, tomorrow.Id, finished.Id, soon.Id], await world.TaskIdsAsync(client, $"{mine}&sort=-priority"));
    }

    [Fact]
    public async Task Bad_tasks_and_filters_are_400s_naming_each_field()
    {
        var empty = await world.EastRep.Client.Post("/api/tasks", new { notes = "no subject, no time" });
        var problem = await empty.As<Problem>();
        var priority = await world.EastRep.Client.Post("/api/tasks", new { subject = "x", dueUtc = "2026-01-06T10:00:00Z", priority = "urgent" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["is required"], problem.Errors!["subject"]);
        Assert.Equal(["is required"], problem.Errors!["dueUtc"]);
        Assert.Equal(HttpStatusCode.BadRequest, priority.StatusCode);
        Assert.Contains("'maybe' is not true or false", await (await world.EastRep.Client.GetAsync("/api/tasks?overdue=maybe")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "overdue"));
        Assert.Contains("not true or false", await (await world.EastRep.Client.GetAsync("/api/tasks?done=1")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "done"));
        Assert.Contains("type:id", await (await world.EastRep.Client.GetAsync("/api/tasks?relatedTo=42")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "relatedTo"));
        Assert.Contains("overdue", await (await world.EastRep.Client.GetAsync("/api/tasks?late=true")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "late"));
    }

    [Fact]
    public async Task Plugins_read_and_write_tasks_through_ICrmRecords_as_a_user()
    {
        await using var scope = world.Host.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ICrmRecords>();
        var eastRep = new ActingUser(world.EastRep.User.Id, world.EastRep.User.Email, CrmRole.Rep, world.East);
        var westRep = new ActingUser(world.WestRep.User.Id, world.WestRep.User.Email, CrmRole.Rep, world.West);

        var created = await records.CreateAsync(new TaskRecord(0, "From a plugin", null, new DateTime(2026, 1, 4, 8, 0, 0, DateTimeKind.Utc), null, null,
            TaskPriority.High, false, null, null, default, default, 0), eastRep, CancellationToken.None);
        var overdue = new List<long>();
        await foreach (var task in records.QueryAsync<TaskRecord>(new Dictionary<string, string> { ["overdue"] = "true", ["q"] = "From a plugin" }, eastRep, CancellationToken.None))
            overdue.Add(task.Id);

        Assert.Equal((world.EastRep.User.Id, world.East), (created.AssigneeId!.Value, created.TeamId!.Value));
        Assert.Equal([created.Id], overdue);
        Assert.Null(await records.FindAsync<TaskRecord>(created.Id, westRep, CancellationToken.None));
        Assert.True(await scope.ServiceProvider.GetRequiredService<IRecordAccess>().AllowsAsync(eastRep, AccessRight.Change, new RecordRef(RecordTypes.Task, created.Id), CancellationToken.None));
    }

    [Fact]
    public async Task A_user_who_changes_team_takes_its_tasks_along()
    {
        var (rep, client) = await world.Host.ActAsAsync(CrmRole.Rep, world.East);
        var task = await world.TaskAsync(client, new { subject = "Moves along", dueUtc = "2026-01-06T10:00:00Z" });

        (await world.Admin.Put($"/api/users/{rep.Id}", new { teamId = world.West })).EnsureSuccessStatusCode();

        Assert.Equal(world.West, (await world.Admin.Get<TaskRecord>($"/api/tasks/{task.Id}")).TeamId);
        Assert.Equal(HttpStatusCode.OK, (await world.WestManager.Client.GetAsync($"/api/tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.EastManager.Client.GetAsync($"/api/tasks/{task.Id}")).StatusCode);
    }

    private sealed record IdOnly(long Id);
}
