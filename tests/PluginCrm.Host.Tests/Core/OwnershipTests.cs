using System.Net;
using PluginCrm.Host.Access;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// Records point only at what the caller may change, and a record's owner and team stay consistent, so nobody moves a
/// record out of its manager's sight or hangs records on another team's customer.
/// </summary>
public sealed class OwnershipTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long east, west;
    private (CrmTestUser User, HttpClient Client) eastRep, eastManager, westRep, westManager;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync();
        east = await host.CreateTeamAsync("East");
        west = await host.CreateTeamAsync("West");
        eastRep = await host.SignedInUserAsync("east.rep@example.com", CrmRole.Rep, east);
        eastManager = await host.SignedInUserAsync("east.manager@example.com", CrmRole.Manager, east);
        westRep = await host.SignedInUserAsync("west.rep@example.com", CrmRole.Rep, west);
        westManager = await host.SignedInUserAsync("west.manager@example.com", CrmRole.Manager, west);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<CustomerRecord> WestCustomerAsync() =>
        await (await westRep.Client.Post("/api/customers", new { name = "West Ltd" })).As<CustomerRecord>();

    public static TheoryData<string> Attachments => new() { "orders", "interactions", "deals", "leads" };

    private static object Attaching(string route, long customerId) => route switch
    {
        "orders" => new { number = $"N-{Guid.NewGuid():N}", customerId, orderedUtc = "2025-03-01T10:00:00Z", currency = "CNY", lines = new[] { new { description = "tea", quantity = 1, unitPrice = 10 } } },
        "interactions" => new { customerId, kind = "call", occurredUtc = "2025-03-01T10:00:00Z", notes = "hello" },
        "deals" => new { title = "Big deal", customerId, stage = "lead" },
        _ => new { name = "Lead", customerId },
    };

    [Theory]
    [MemberData(nameof(Attachments))]
    public async Task A_rep_cannot_attach_records_to_another_teams_customer_and_learns_nothing_of_it(string route)
    {
        var customer = await WestCustomerAsync();

        var response = await eastRep.Client.Post($"/api/{route}", Attaching(route, customer.Id));
        var missing = await eastRep.Client.Post($"/api/{route}", Attaching(route, 999_999));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"there is no customer {customer.Id}"], (await response.As<Problem>()).Errors!["customerId"]);
        Assert.Equal(["there is no customer 999999"], (await missing.As<Problem>()).Errors!["customerId"]);
        Assert.Equal(0, (await westRep.Client.Get<ListPage<object>>($"/api/{route}?customerId={customer.Id}")).Total);
        Assert.Equal(HttpStatusCode.Created, (await westRep.Client.Post($"/api/{route}", Attaching(route, customer.Id))).StatusCode);
    }

    [Fact]
    public async Task A_rep_cannot_move_its_record_to_another_team()
    {
        var response = await eastRep.Client.Post("/api/customers", new { name = "Hidden", teamId = west });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"must be the owner's team, {east}", (await response.As<Problem>()).Errors!["teamId"].Single());
        var own = await (await eastRep.Client.Post("/api/customers", new { name = "Visible" })).As<CustomerRecord>();
        Assert.Equal(HttpStatusCode.BadRequest, (await eastRep.Client.Put($"/api/customers/{own.Id}", own with { TeamId = west })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await eastManager.Client.GetAsync($"/api/customers/{own.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_manager_cannot_make_another_teams_rep_the_owner()
    {
        var response = await eastManager.Client.Post("/api/customers", new { name = "Given away", ownerId = westRep.User.Id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not in your team", (await response.As<Problem>()).Errors!["ownerId"].Single());
        var kept = await (await eastManager.Client.Post("/api/customers", new { name = "Kept", ownerId = eastRep.User.Id })).As<CustomerRecord>();
        Assert.Equal((eastRep.User.Id, east), (kept.OwnerId, kept.TeamId));
    }

    [Fact]
    public async Task An_admin_setting_an_owner_puts_the_record_in_the_owners_team()
    {
        var created = await (await host.Client.Post("/api/customers", new { name = "Admin's pick", ownerId = westRep.User.Id })).As<CustomerRecord>();
        Assert.Equal(west, created.TeamId);
        Assert.Equal(HttpStatusCode.OK, (await westManager.Client.GetAsync($"/api/customers/{created.Id}")).StatusCode);

        // A client sends the record back as read, with only the owner changed: the team follows the new owner.
        var moved = await (await host.Client.Put($"/api/customers/{created.Id}", created with { OwnerId = eastRep.User.Id })).As<CustomerRecord>();

        Assert.Equal(east, moved.TeamId);
        Assert.Equal(HttpStatusCode.OK, (await eastManager.Client.GetAsync($"/api/customers/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await westManager.Client.GetAsync($"/api/customers/{created.Id}")).StatusCode);
        var contradiction = await host.Client.Put($"/api/customers/{created.Id}", moved with { TeamId = west });
        Assert.Equal(HttpStatusCode.BadRequest, contradiction.StatusCode);
    }

    [Fact]
    public async Task A_manager_leaves_a_lead_unowned_only_in_its_own_team()
    {
        var own = await (await eastManager.Client.Post("/api/leads", new { name = "Walk-in" })).As<LeadRecord>();
        var other = await eastManager.Client.Post("/api/leads", new { name = "Elsewhere", teamId = west });

        Assert.Equal((null, east), (own.OwnerId, own.TeamId));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.True((await other.As<Problem>()).Errors!.ContainsKey("teamId"));
    }
}
