using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Tests.Complaints;

public sealed class LifecycleTests : FeedbackTest
{
    [Fact]
    public async Task A_complaint_goes_from_open_to_closed_and_back_with_every_step_on_its_timeline()
    {
        var team = await feedback.TeamAsync("east", 1);
        var owner = team.Reps[0];
        var customer = await feedback.CustomerAsync("Wang Fang", owner.Id, team.Id);
        var received = feedback.Clock.GetUtcNow().UtcDateTime.AddHours(-1);

        // Logged by the team's manager, one hour after the customer called: the owner is the customer's, the team the owner's.
        var created = await feedback.ComplaintAsync(team.Manager.Client, new
        {
            customerId = customer.Id, subject = "  Parcel arrived broken ", description = "The vase was in pieces.", category = "delivery",
            channel = "phone", priority = "high", receivedUtc = received,
        });
        Assert.Equal((ComplaintStatus.Open, owner.Id, team.Id, "Parcel arrived broken"), (created.Status, created.OwnerId, created.TeamId, created.Subject));
        // High: 4 hours to respond, 48 to resolve, from when it was received.
        Assert.Equal((received.AddHours(4), received.AddHours(48)), (created.RespondByUtc, created.ResolveByUtc));

        feedback.Clock.Advance(TimeSpan.FromMinutes(30));
        var answered = await (await feedback.ActAsync(owner.Client, created.Id, "respond", new { text = "We are sorry; a courier collects it tomorrow.", version = created.Version })).As<ComplaintRecord>();
        var firstResponse = feedback.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal((ComplaintStatus.InProgress, firstResponse), (answered.Status, answered.FirstResponseUtc));

        feedback.Clock.Advance(TimeSpan.FromHours(1));
        var again = await (await feedback.ActAsync(owner.Client, created.Id, "respond", new { text = "The courier is booked.", version = answered.Version })).As<ComplaintRecord>();
        Assert.Equal(firstResponse, again.FirstResponseUtc);
        await (await feedback.ActAsync(owner.Client, created.Id, "note", new { text = "Supplier packs badly; raised with purchasing." })).As<ComplaintRecord>();

        feedback.Clock.Advance(TimeSpan.FromHours(5));
        var resolved = await (await feedback.ActAsync(owner.Client, created.Id, "resolve", new { resolution = "A new vase was sent.", version = again.Version })).As<ComplaintRecord>();
        var closed = await (await feedback.ActAsync(team.Manager.Client, created.Id, "close", new { version = resolved.Version })).As<ComplaintRecord>();
        Assert.Equal((ComplaintStatus.Closed, feedback.Clock.GetUtcNow().UtcDateTime, "A new vase was sent."), (closed.Status, closed.ClosedUtc, closed.Resolution));

        feedback.Clock.Advance(TimeSpan.FromHours(4)); // a sign-in lasts 12 hours
        var reopened = await (await feedback.ActAsync(owner.Client, created.Id, "reopen", new { reason = "The new vase is chipped too.", version = closed.Version })).As<ComplaintRecord>();
        Assert.Equal((ComplaintStatus.InProgress, 1, null, null, null), (reopened.Status, reopened.ReopenCount, reopened.ResolvedUtc, reopened.ClosedUtc, reopened.Resolution));
        Assert.Equal(feedback.Clock.GetUtcNow().UtcDateTime.AddHours(48), reopened.ResolveByUtc);

        var shown = await feedback.ShowAsync(created.Id);
        Assert.Equal(reopened, shown.Complaint);
        Assert.Equal(["create", "respond", "respond", "note", "resolve", "close", "reopen"], shown.Timeline.Select(e => e.Kind));
        Assert.Equal([team.Manager.Email, owner.Email, owner.Email, owner.Email, owner.Email, team.Manager.Email, owner.Email], shown.Timeline.Select(e => e.UserName));
        Assert.Equal("Supplier packs badly; raised with purchasing.", shown.Timeline[3].Text);
        Assert.Equal("The new vase is chipped too.", shown.Timeline[6].Text);
        Assert.True(shown.Timeline.Zip(shown.Timeline.Skip(1)).All(p => p.First.OccurredUtc <= p.Second.OccurredUtc));
    }

    [Fact]
    public async Task Two_concurrent_closes_give_one_200_and_one_409()
    {
        var customer = await feedback.CustomerAsync("Li Lei");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Wrong invoice", description = "Billed twice." });
        var resolved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "Refunded.", version = complaint.Version })).As<ComplaintRecord>();

        var closes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = resolved.Version })));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], closes.Select(r => r.StatusCode).Order());
        Assert.Single((await feedback.ShowAsync(complaint.Id)).Timeline, e => e.Kind == "close");
    }

    [Fact]
    public async Task Illegal_transitions_and_stale_versions_are_409_naming_the_status()
    {
        var customer = await feedback.CustomerAsync("Zhao Min");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Rude driver", description = "Shouted at me." });

        var closeOpen = await feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = complaint.Version });
        var reopenOpen = await feedback.ActAsync(feedback.Admin, complaint.Id, "reopen", new { reason = "why not", version = complaint.Version });
        var resolved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "Driver warned.", version = complaint.Version })).As<ComplaintRecord>();
        var stale = await feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = complaint.Version });
        var closed = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = resolved.Version })).As<ComplaintRecord>();
        var resolveClosed = await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "again", version = closed.Version });
        var respondClosed = await feedback.ActAsync(feedback.Admin, complaint.Id, "respond", new { text = "hello", version = closed.Version });

        Assert.All(new[] { closeOpen, reopenOpen, stale, resolveClosed, respondClosed }, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal($"complaint {complaint.Id} is open: resolve it before closing", await Detail(closeOpen));
        Assert.Equal($"complaint {complaint.Id} is open: only a resolved or closed complaint can be reopened", await Detail(reopenOpen));
        Assert.Equal($"complaint {complaint.Id} changed since you read it (version 1, now 2): read it again", await Detail(stale));
        Assert.Equal($"complaint {complaint.Id} is closed: reopen it before resolving", await Detail(resolveClosed));
        Assert.Equal($"complaint {complaint.Id} is closed: reopen it before responding", await Detail(respondClosed));
        Assert.Equal(ComplaintStatus.Closed, (await feedback.ShowAsync(complaint.Id)).Complaint.Status);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_every_field_and_stores_nothing()
    {
        var customer = await feedback.CustomerAsync("Sun Li");
        var future = feedback.Clock.GetUtcNow().UtcDateTime.AddHours(2);

        var bad = await feedback.Admin.Post(FeedbackHost.Complaints, new
        {
            customerId = 999, subject = new string('x', 201), description = " ", category = "weather", channel = "pigeon", priority = "asap", receivedUtc = future, ownerId = 777,
        });
        var missing = await feedback.Admin.Post(FeedbackHost.Complaints, new { });
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Slow refund", description = "Three weeks." });
        var noVersion = await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "" });
        var noReason = await feedback.ActAsync(feedback.Admin, complaint.Id, "assign", new { ownerId = 4242, version = 1 });
        var badList = await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}?status=lost&priority=9&pageSize=1000&sort=subject");

        var badErrors = await Errors(bad);
        Assert.Equal(["category", "channel", "customerId", "description", "ownerId", "priority", "receivedUtc", "subject"], badErrors.Keys.Order());
        Assert.Equal(["there is no customer 999"], badErrors["customerId"]);
        Assert.Equal(["is 201 characters; the limit is 200"], badErrors["subject"]);
        Assert.Equal(["'pigeon' is not one of phone, email, web, chat, visit, social, other"], badErrors["channel"]);
        Assert.Equal(["customerId", "description", "subject"], (await Errors(missing)).Keys.Order());
        Assert.Equal(["resolution", "version"], (await Errors(noVersion)).Keys.Order());
        Assert.Equal(["there is no active user 4242"], (await Errors(noReason))["ownerId"]);
        Assert.Equal(["pageSize", "priority", "sort", "status"], (await Errors(badList)).Keys.Order());
        var all = await (await feedback.Admin.GetAsync(FeedbackHost.Complaints)).As<FeedbackHost.Page<ComplaintRecord>>();
        Assert.Equal([complaint.Id], all.Items.Select(c => c.Id));
        Assert.Equal(["create"], (await feedback.ShowAsync(complaint.Id)).Timeline.Select(e => e.Kind));
    }

    [Fact]
    public async Task Defaults_apply_and_the_list_filters_and_sorts_by_when_received()
    {
        var customer = await feedback.CustomerAsync("Qian Wei");
        var now = feedback.Clock.GetUtcNow().UtcDateTime;
        var older = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Late parcel", description = "d", receivedUtc = now.AddDays(-3) });
        var newer = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Broken lid", description = "d", category = "PRODUCT", priority = "Urgent" });

        // Defaults: the first category, channel other, priority normal (24 h / 120 h), received now, nobody owns a customer without owner.
        Assert.Equal(("product", "other", ComplaintPriority.Normal, now.AddDays(-3).AddHours(24), null), (older.Category, older.Channel, older.Priority, older.RespondByUtc, older.OwnerId));
        Assert.Equal((ComplaintPriority.Urgent, now, now.AddHours(2), now.AddHours(24)), (newer.Priority, newer.ReceivedUtc, newer.RespondByUtc, newer.ResolveByUtc));

        async Task<IEnumerable<long>> Ids(string query) =>
            (await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}?{query}")).As<FeedbackHost.Page<ComplaintRecord>>()).Items.Select(c => c.Id);
        Assert.Equal([newer.Id, older.Id], await Ids(""));
        Assert.Equal([older.Id, newer.Id], await Ids("sort=receivedUtc"));
        Assert.Equal([older.Id], await Ids("overdue=true")); // its response was due 2 days ago
        Assert.Equal([newer.Id], await Ids("priority=urgent"));
        Assert.Equal([older.Id], await Ids("q=PARCEL"));
        Assert.Equal([newer.Id, older.Id], await Ids($"customerId={customer.Id}&category=product&status=open"));
        Assert.Empty(await Ids("status=inProgress"));
    }

    [Fact]
    public async Task The_audit_holds_each_complaint_message_with_its_user()
    {
        var customer = await feedback.CustomerAsync("Zhou Jie");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Overcharged", description = "d" });
        var resolved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "resolve", new { resolution = "Refunded", version = 1 })).As<ComplaintRecord>();
        await (await feedback.ActAsync(feedback.Admin, complaint.Id, "close", new { version = resolved.Version })).As<ComplaintRecord>();

        await using var db = await feedback.Host.ConnectAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT \"Message\", \"UserName\", \"After\" FROM audit WHERE \"RecordType\" = 'complaint' AND \"RecordId\" = {complaint.Id} ORDER BY \"Id\"";
        var rows = new List<(string Message, string User, string After)>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));

        Assert.Equal(["complaint.create", "complaint.resolve", "complaint.close"], rows.Select(r => r.Message));
        Assert.All(rows, r => Assert.Equal("apikey:test-kit", r.User));
        Assert.Contains("\"status\":\"closed\"", rows[2].After);
    }

    [Fact]
    public async Task Settings_are_validated_and_new_categories_and_hours_apply_at_once()
    {
        var refused = await feedback.Admin.PutAsJsonAsync("/api/plugins/feedback/settings", new { normalRespondHours = 120, categories = new[] { "Bad Name" } }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("must be shorter than the normal resolution (120 hours)", problem);
        Assert.Contains("'Bad Name' is not a category", problem);

        await (await feedback.Admin.PutAsJsonAsync("/api/plugins/feedback/settings", new { normalRespondHours = 8, categories = new[] { "hygiene", "noise" } }, Json.Options)).As<object>();
        var customer = await feedback.CustomerAsync("Hotel guest");
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Loud party", description = "d" });
        var old = await feedback.Admin.Post(FeedbackHost.Complaints, new { customerId = customer.Id, subject = "x", description = "d", category = "delivery" });

        Assert.Equal(("hygiene", complaint.ReceivedUtc.AddHours(8)), (complaint.Category, complaint.RespondByUtc));
        Assert.Equal(["'delivery' is not one of hygiene, noise"], (await Errors(old))["category"]);
    }

    [Fact]
    public async Task Other_plugins_read_unresolved_complaints_per_customer_while_the_module_is_on()
    {
        var ada = await feedback.CustomerAsync("Ada");
        var bob = await feedback.CustomerAsync("Bob");
        await feedback.CustomerAsync("Cy");
        var first = await feedback.ComplaintAsync(feedback.Admin, new { customerId = ada.Id, subject = "one", description = "d" });
        var second = await feedback.ComplaintAsync(feedback.Admin, new { customerId = ada.Id, subject = "two", description = "d" });
        var bobs = await feedback.ComplaintAsync(feedback.Admin, new { customerId = bob.Id, subject = "three", description = "d" });
        await (await feedback.ActAsync(feedback.Admin, first.Id, "respond", new { text = "on it", version = first.Version })).As<ComplaintRecord>();
        await (await feedback.ActAsync(feedback.Admin, bobs.Id, "resolve", new { resolution = "done", version = bobs.Version })).As<ComplaintRecord>();

        async Task<IReadOnlyDictionary<long, int>?> OpenCounts()
        {
            await using var scope = feedback.Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ICustomerComplaints>().OpenCountsAsync(CancellationToken.None);
        }

        // Ada: one in progress, one open; Bob's is resolved; Cy never complained.
        Assert.Equal(new Dictionary<long, int> { [ada.Id] = 2 }, await OpenCounts());
        await (await feedback.Admin.PostAsync("/api/plugins/feedback/disable", null)).As<object>();
        Assert.Null(await OpenCounts());
        Assert.Equal(HttpStatusCode.NotFound, (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}/{second.Id}")).StatusCode);
    }

    private static async Task<string?> Detail(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Detail;

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Errors!;
    }
}
