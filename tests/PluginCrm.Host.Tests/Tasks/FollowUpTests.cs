using System.Net;
using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Tasks;

/// <summary>Logging an interaction completes the task it names and schedules the author's next follow-up, in its own transaction.</summary>
[Collection(TaskCollection.Name)]
public sealed class FollowUpTests(TaskWorld world)
{
    private sealed record AuditRow(string Message, string? CorrelationId);

    [Fact]
    public async Task Logging_an_interaction_completes_its_task_and_gives_the_author_the_next_follow_up_about_the_customer()
    {
        var customer = await world.CustomerAsync(world.EastRep.Client, "Li Lei Trading");
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = "Call Li Lei", dueUtc = "2026-01-05T10:00:00Z", relatedTo = $"customer:{customer.Id}" });

        var response = await world.EastRep.Client.Post("/api/interactions", new
        {
            customerId = customer.Id, kind = "call", occurredUtc = "2026-01-05T08:45:00Z", notes = "wants a quote", taskId = task.Id, nextFollowUpUtc = "2026-01-08T09:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var logged = await response.As<InteractionRecord>();
        Assert.Equal((task.Id, new DateTime(2026, 1, 8, 9, 0, 0, DateTimeKind.Utc)), (logged.TaskId!.Value, logged.NextFollowUpUtc!.Value));
        var completed = await world.EastRep.Client.Get<TaskRecord>($"/api/tasks/{task.Id}");
        Assert.Equal((true, world.Now), (completed.Done, completed.DoneUtc!.Value));
        var next = Assert.Single((await world.EastRep.Client.Get<ListPage<TaskRecord>>($"/api/tasks?relatedTo=customer:{customer.Id}&done=false")).Items);
        Assert.Equal(("Follow up on the call with Li Lei Trading", new DateTime(2026, 1, 8, 9, 0, 0, DateTimeKind.Utc), world.EastRep.User.Id, world.East),
            (next.Subject, next.DueUtc, next.AssigneeId!.Value, next.TeamId!.Value));
        Assert.Contains($"interaction {logged.Id}", next.Notes);

        // Three messages of one request: the nested ones audited like any other, under the same correlation id.
        var update = (await world.Admin.Get<List<AuditRow>>($"/api/tasks/{task.Id}/audit")).Last();
        var create = Assert.Single(await world.Admin.Get<List<AuditRow>>($"/api/tasks/{next.Id}/audit"));
        var interaction = Assert.Single(await world.Admin.Get<List<AuditRow>>($"/api/interactions/{logged.Id}/audit"));
        Assert.Equal(("task.update", "task.create", "interaction.create"), (update.Message, create.Message, interaction.Message));
        Assert.NotNull(interaction.CorrelationId);
        Assert.Equal((interaction.CorrelationId, interaction.CorrelationId), (update.CorrelationId, create.CorrelationId));
    }

    [Fact]
    public async Task An_interaction_completes_only_an_open_task_the_caller_may_change_and_a_refusal_logs_nothing()
    {
        var customer = await world.CustomerAsync(world.EastRep.Client, "Careful Ltd");
        var teammates = await world.TaskAsync(world.EastRep2.Client, new { subject = "Not yours", dueUtc = "2026-01-06T10:00:00Z" });
        var done = await world.TaskAsync(world.EastRep.Client, new { subject = "Already done", dueUtc = "2026-01-06T10:00:00Z", done = true });
        object Logging(long taskId) => new { customerId = customer.Id, kind = "email", occurredUtc = "2026-01-05T08:00:00Z", notes = "sent", taskId };

        var foreign = await world.EastRep.Client.Post("/api/interactions", Logging(teammates.Id));
        var twice = await world.EastRep.Client.Post("/api/interactions", Logging(done.Id));

        Assert.Equal($"there is no task {teammates.Id}", await foreign.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "taskId"));
        Assert.Equal($"task {done.Id} is done already", await twice.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "taskId"));
        Assert.Equal(0, (await world.Admin.Get<ListPage<InteractionRecord>>($"/api/interactions?customerId={customer.Id}")).Total);
        Assert.False((await world.Admin.Get<TaskRecord>($"/api/tasks/{teammates.Id}")).Done);
    }

    [Fact]
    public async Task A_follow_up_comes_after_the_interaction_and_neither_field_changes_once_logged()
    {
        var customer = await world.CustomerAsync(world.EastRep.Client, "Timely Ltd");
        var early = await world.EastRep.Client.Post("/api/interactions",
            new { customerId = customer.Id, kind = "visit", occurredUtc = "2026-01-05T08:00:00Z", notes = "x", nextFollowUpUtc = "2026-01-05T07:00:00Z" });
        var task = await world.TaskAsync(world.EastRep.Client, new { subject = "Visit", dueUtc = "2026-01-05T10:00:00Z" });
        var logged = await (await world.EastRep.Client.Post("/api/interactions",
            new { customerId = customer.Id, kind = "visit", occurredUtc = "2026-01-05T08:00:00Z", notes = "x", taskId = task.Id, nextFollowUpUtc = "2026-01-09T08:00:00Z" })).As<JsonObject>();
        var other = await world.TaskAsync(world.EastRep.Client, new { subject = "Other", dueUtc = "2026-01-05T10:00:00Z" });

        var retarget = logged.DeepClone().AsObject();
        retarget["taskId"] = other.Id;
        var moved = logged.DeepClone().AsObject();
        moved["nextFollowUpUtc"] = "2026-01-10T08:00:00Z";
        var edited = logged.DeepClone().AsObject();
        edited["notes"] = "the visit went well";

        Assert.Equal("must be later than occurredUtc", await early.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "nextFollowUpUtc"));
        Assert.Contains("cannot change", await (await world.EastRep.Client.Put($"/api/interactions/{logged["id"]}", retarget)).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "taskId"));
        Assert.Contains("cannot change", await (await world.EastRep.Client.Put($"/api/interactions/{logged["id"]}", moved)).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "nextFollowUpUtc"));
        Assert.Equal(HttpStatusCode.OK, (await world.EastRep.Client.Put($"/api/interactions/{logged["id"]}", edited)).StatusCode);
        Assert.False((await world.Admin.Get<TaskRecord>($"/api/tasks/{other.Id}")).Done);
        Assert.Single((await world.Admin.Get<ListPage<TaskRecord>>($"/api/tasks?relatedTo=customer:{customer.Id}")).Items);
    }
}
