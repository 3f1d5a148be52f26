using System.Net;
using System.Net.Http.Json;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Tests.Complaints;

/// <summary>
/// Who sees and handles a complaint, by the host's access rules: it is seen by whoever reads its customer and by the
/// owner rule (its owner, the owner's team manager, admins); handled by the owner rule, or while nobody owns it by whoever
/// may change its customer. In each test east's rep Ann owns the customer.
/// </summary>
public sealed class AccessTests : FeedbackTest
{
    private const long Missing = 99_999;
    /// <summary>Each action with a body it reads (a field it does not have is a 400 before anything is looked up), so that only access decides the answer.</summary>
    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["assign"] = new { ownerId = 1, version = 1 }, ["respond"] = new { text = "t", version = 1 }, ["note"] = new { text = "t" },
        ["resolve"] = new { resolution = "r", version = 1 }, ["close"] = new { version = 1 }, ["reopen"] = new { reason = "r", version = 1 },
    };

    private static readonly string[] Actions = [.. Bodies.Keys];

    [Fact]
    public async Task A_complaint_about_a_customer_one_cannot_see_is_refused_as_one_about_no_customer_naming_no_owner()
    {
        var (east, west) = (await feedback.TeamAsync("east", 1), await feedback.TeamAsync("west", 1));
        var customer = await feedback.CustomerAsync("East Co", east.Reps[0].Id, east.Id);

        foreach (var outsider in new[] { west.Reps[0], west.Manager })
        {
            var hidden = await outsider.Client.Post(FeedbackHost.Complaints, new { customerId = customer.Id, subject = "Rude", description = "d" });
            var missing = await outsider.Client.Post(FeedbackHost.Complaints, new { customerId = Missing, subject = "Rude", description = "d" });

            var answer = await Answer(hidden, $"customer {customer.Id}");
            Assert.Equal("400 Invalid input: customerId: there is no customer ID [customerId: there is no customer ID]", answer);
            Assert.Equal(await Answer(missing, $"customer {Missing}"), answer);
        }
        Assert.Equal(0, (await (await feedback.Admin.GetAsync(FeedbackHost.Complaints)).As<FeedbackHost.Page<ComplaintRecord>>()).Total);
    }

    [Fact]
    public async Task The_customers_owner_reads_and_lists_a_complaint_given_to_a_colleague_but_may_not_handle_it()
    {
        var east = await feedback.TeamAsync("east", 2);
        var (ann, bo) = (east.Reps[0], east.Reps[1]);
        var customer = await feedback.CustomerAsync("East Co", ann.Id, east.Id);
        var complaint = await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "Late", description = "d", ownerId = bo.Id });

        Assert.Equal(HttpStatusCode.OK, (await ann.Client.GetAsync($"{FeedbackHost.Complaints}/{complaint.Id}")).StatusCode);
        Assert.Equal([complaint.Id], await Listed(ann));
        Assert.Equal(1, await OpenCount(ann));
        foreach (var action in Actions)
            Assert.Equal(HttpStatusCode.Forbidden, (await feedback.ActAsync(ann.Client, complaint.Id, action, Bodies[action])).StatusCode);

        // Its owner and the owner's manager handle it.
        var answered = await (await feedback.ActAsync(bo.Client, complaint.Id, "respond", new { text = "On it", version = 1 })).As<ComplaintRecord>();
        var resolved = await (await feedback.ActAsync(east.Manager.Client, complaint.Id, "resolve", new { resolution = "Sent again", version = answered.Version })).As<ComplaintRecord>();
        Assert.Equal(ComplaintStatus.Resolved, resolved.Status);
        Assert.Equal([complaint.Id], await Listed(bo));
    }

    [Fact]
    public async Task Another_teams_manager_and_rep_get_404_on_show_and_every_action_and_find_nothing_in_lists_or_stats()
    {
        var (east, west) = (await feedback.TeamAsync("east", 1), await feedback.TeamAsync("west", 1));
        var ann = east.Reps[0];
        var customer = await feedback.CustomerAsync("East Co", ann.Id, east.Id);
        var walkIn = await feedback.CustomerAsync("Walk-in");
        var owned = await feedback.ComplaintAsync(ann.Client, new { customerId = customer.Id, subject = "Owned", description = "d" });
        var unassigned = await feedback.ComplaintAsync(feedback.Admin, new { customerId = walkIn.Id, subject = "Unassigned", description = "d" });
        var missing = await Answer(await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}/{Missing}"), $"complaint {Missing}");
        Assert.Equal("404 Not found: there is no complaint ID []", missing);

        foreach (var outsider in new[] { west.Manager, west.Reps[0] })
        {
            foreach (var complaint in new[] { owned, unassigned })
            {
                Assert.Equal(missing, await Answer(await outsider.Client.GetAsync($"{FeedbackHost.Complaints}/{complaint.Id}"), $"complaint {complaint.Id}"));
                foreach (var action in Actions)
                    Assert.Equal(missing, await Answer(await feedback.ActAsync(outsider.Client, complaint.Id, action, Bodies[action]), $"complaint {complaint.Id}"));
            }
            Assert.Empty(await Listed(outsider));
            Assert.Equal(0, await OpenCount(outsider));
        }

        // Nobody's customer is the admins' alone, and so is its unassigned complaint.
        Assert.Equal([owned.Id], await Listed(ann));
        Assert.Equal([owned.Id], await Listed(east.Manager));
        Assert.Equal(HttpStatusCode.NotFound, (await east.Manager.Client.GetAsync($"{FeedbackHost.Complaints}/{unassigned.Id}")).StatusCode);
        Assert.Equal([owned.Id, unassigned.Id], (await (await feedback.Admin.GetAsync($"{FeedbackHost.Complaints}?sort=receivedUtc")).As<FeedbackHost.Page<ComplaintRecord>>()).Items.Select(c => c.Id).Order());

        var anonymous = feedback.Host.AnonymousClient();
        foreach (var path in new[] { FeedbackHost.Complaints, $"{FeedbackHost.Complaints}/{owned.Id}", $"{FeedbackHost.Complaints}/stats" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await feedback.ActAsync(anonymous, owned.Id, "note", Bodies["note"])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Post(FeedbackHost.Complaints, new { customerId = customer.Id, subject = "s", description = "d" })).StatusCode);
    }

    [Fact]
    public async Task A_complaint_about_a_customer_in_the_public_pool_is_seen_by_everyone_while_it_is_shared_and_handled_by_its_owner()
    {
        var (east, west) = (await feedback.TeamAsync("east", 1), await feedback.TeamAsync("west", 1));
        var (ann, wes) = (east.Reps[0], west.Reps[0]);
        var customer = await feedback.CustomerAsync("Pool Co", ann.Id, east.Id);
        await feedback.ShareAsync(customer.Id);

        // Wes takes the call; the complaint goes to the customer's owner.
        var complaint = await feedback.ComplaintAsync(wes.Client, new { customerId = customer.Id, subject = "Pool", description = "d" });
        Assert.Equal((ann.Id, east.Id), (complaint.OwnerId, complaint.TeamId));
        Assert.Equal(HttpStatusCode.OK, (await wes.Client.GetAsync($"{FeedbackHost.Complaints}/{complaint.Id}")).StatusCode);
        Assert.Equal([complaint.Id], await Listed(wes));
        Assert.Equal(HttpStatusCode.Forbidden, (await feedback.ActAsync(wes.Client, complaint.Id, "note", new { text = "mine?" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await feedback.ActAsync(ann.Client, complaint.Id, "note", new { text = "mine" })).StatusCode);

        await feedback.ShareAsync(customer.Id, shared: false);
        Assert.Equal(HttpStatusCode.NotFound, (await wes.Client.GetAsync($"{FeedbackHost.Complaints}/{complaint.Id}")).StatusCode);
        Assert.Empty(await Listed(wes));
        Assert.Equal(0, await OpenCount(wes));
    }

    [Fact]
    public async Task A_manager_gives_a_complaint_within_its_team_only_its_owner_handles_it_and_hands_it_on_through_a_manager()
    {
        var (east, west) = (await feedback.TeamAsync("east", 2), await feedback.TeamAsync("west", 1));
        var (ann, bo, wes) = (east.Reps[0], east.Reps[1], west.Reps[0]);
        var teamCustomer = await feedback.CustomerAsync("Team Co", ownerId: null, teamId: east.Id);
        var complaint = await feedback.ComplaintAsync(east.Manager.Client, new { customerId = teamCustomer.Id, subject = "Nobody's", description = "d" });
        Assert.Null(complaint.OwnerId);

        var across = await feedback.ActAsync(east.Manager.Client, complaint.Id, "assign", new { ownerId = wes.Id, version = 1 });
        Assert.Equal([$"you may not give work to user {wes.Id}: its team's manager or an admin may"], await OwnerErrors(across));
        Assert.Equal(HttpStatusCode.NotFound, (await feedback.ActAsync(west.Manager.Client, complaint.Id, "assign", new { ownerId = wes.Id, version = 1 })).StatusCode);
        var given = await (await feedback.ActAsync(east.Manager.Client, complaint.Id, "assign", new { ownerId = bo.Id, version = 1 })).As<ComplaintRecord>();
        Assert.Equal((bo.Id, east.Id), (given.OwnerId, given.TeamId));

        var answered = await (await feedback.ActAsync(bo.Client, complaint.Id, "respond", new { text = "On it", version = given.Version })).As<ComplaintRecord>();
        var handOn = await feedback.ActAsync(bo.Client, complaint.Id, "assign", new { ownerId = ann.Id, version = answered.Version });
        Assert.Equal([$"you may not give work to user {ann.Id}: its team's manager or an admin may"], await OwnerErrors(handOn));
        Assert.Equal(HttpStatusCode.NotFound, (await ann.Client.GetAsync($"{FeedbackHost.Complaints}/{complaint.Id}")).StatusCode);

        // An admin gives it to anyone; then it is the west team's to handle, and east's manager only reads it (its customer).
        var moved = await (await feedback.ActAsync(feedback.Admin, complaint.Id, "assign", new { ownerId = wes.Id, version = answered.Version })).As<ComplaintRecord>();
        Assert.Equal((wes.Id, west.Id), (moved.OwnerId, moved.TeamId));
        Assert.Equal(HttpStatusCode.Forbidden, (await feedback.ActAsync(east.Manager.Client, complaint.Id, "note", new { text = "still ours?" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await feedback.ActAsync(west.Manager.Client, complaint.Id, "note", new { text = "ours now" })).StatusCode);
        Assert.Equal([complaint.Id], await Listed(west.Manager));
    }

    private static async Task<List<long>> Listed(Person person) =>
        (await (await person.Client.GetAsync(FeedbackHost.Complaints)).As<FeedbackHost.Page<ComplaintRecord>>()).Items.Select(c => c.Id).Order().ToList();

    private static async Task<int> OpenCount(Person person) =>
        (await (await person.Client.GetAsync($"{FeedbackHost.Complaints}/stats")).As<OpenStats>()).Open;

    private sealed record OpenStats(int Open);

    /// <summary>Status, title, detail and field errors, with <paramref name="record"/> (e.g. <c>customer 7</c>) written as its type and ID.</summary>
    private static async Task<string> Answer(HttpResponseMessage response, string record)
    {
        if (response.IsSuccessStatusCode)
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        var problem = (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!;
        var errors = string.Join("; ", problem.Errors?.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}") ?? []);
        var generic = record.Split(' ')[0] + " ID";
        return $"{(int)response.StatusCode} {problem.Title}: {problem.Detail} [{errors}]".Replace(record, generic);
    }

    private static async Task<string[]> OwnerErrors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Errors!["ownerId"];
    }
}
