using System.Net;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Feedback;

namespace PluginCrm.Feedback.Tests.Complaints;

public sealed class AccessTests : FeedbackTest
{
    [Fact]
    public async Task Reps_see_what_they_own_or_whose_customer_they_own_managers_their_team_and_the_unassigned()
    {
        var east = await feedback.TeamAsync("east", 2);
        var west = await feedback.TeamAsync("west", 1);
        var (customerOwner, handler, westRep) = (east.Reps[0], east.Reps[1], west.Reps[0]);
        var eastCustomer = await feedback.CustomerAsync("East Co", customerOwner.Id, east.Id);
        var westCustomer = await feedback.CustomerAsync("West Co", westRep.Id, west.Id);
        var nobodys = await feedback.CustomerAsync("Walk-in");

        // Anyone signed in logs a complaint, even about another team's customer.
        var handled = await feedback.ComplaintAsync(westRep.Client, new { customerId = eastCustomer.Id, subject = "A", description = "d", ownerId = handler.Id });
        var western = await feedback.ComplaintAsync(customerOwner.Client, new { customerId = westCustomer.Id, subject = "B", description = "d" });
        var unassigned = await feedback.ComplaintAsync(feedback.Admin, new { customerId = nobodys.Id, subject = "U", description = "d" });
        Assert.Equal((handler.Id, westRep.Id, (long?)null), (handled.OwnerId, western.OwnerId, unassigned.OwnerId));

        Assert.Equal(["A"], await Subjects(handler.Client));
        Assert.Empty(await Subjects(customerOwner.Client)); // lists show a rep only its own
        Assert.Equal(["B"], await Subjects(westRep.Client));
        Assert.Equal(["A", "U"], await Subjects(east.Manager.Client));
        Assert.Equal(["B", "U"], await Subjects(west.Manager.Client));
        Assert.Equal(["A", "B", "U"], await Subjects(feedback.Admin));

        // The customer's owner reads the complaint but may not handle it; another team's people do not see it at all.
        Assert.Equal(HttpStatusCode.OK, (await customerOwner.Client.GetAsync($"{FeedbackHost.Complaints}/{handled.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await feedback.ActAsync(customerOwner.Client, handled.Id, "note", new { text = "mine?" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await westRep.Client.GetAsync($"{FeedbackHost.Complaints}/{handled.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await west.Manager.Client.GetAsync($"{FeedbackHost.Complaints}/{handled.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await feedback.ActAsync(handler.Client, western.Id, "respond", new { text = "hi", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.Client.GetAsync($"{FeedbackHost.Complaints}/{unassigned.Id}")).StatusCode);

        // The owner and the owner's manager handle it; a manager takes an unassigned one and gives it out.
        Assert.Equal(HttpStatusCode.OK, (await feedback.ActAsync(handler.Client, handled.Id, "respond", new { text = "On it", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await feedback.ActAsync(east.Manager.Client, handled.Id, "note", new { text = "Watch this one" })).StatusCode);
        var given = await (await feedback.ActAsync(east.Manager.Client, unassigned.Id, "assign", new { ownerId = customerOwner.Id, version = 1 })).As<ComplaintRecord>();
        Assert.Equal((customerOwner.Id, east.Id), (given.OwnerId, given.TeamId));
        Assert.Equal(["U"], await Subjects(customerOwner.Client));
        Assert.Equal(["B"], await Subjects(west.Manager.Client));
        Assert.Equal(HttpStatusCode.Unauthorized, (await feedback.Host.AnonymousClient().GetAsync(FeedbackHost.Complaints)).StatusCode);
    }

    private static async Task<List<string>> Subjects(HttpClient client) =>
        (await (await client.GetAsync($"{FeedbackHost.Complaints}?sort=receivedUtc")).As<FeedbackHost.Page<ComplaintRecord>>()).Items.Select(c => c.Subject).Order().ToList();
}
