using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Timeline;

/// <summary>
/// Paging through a customer's timeline with the cursor, the kinds filter, bad input, who sees which entries, and a
/// module's entries with the module off and on again; against the built-in plugins.
/// </summary>
public sealed class CustomerTimelineTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private HttpClient Admin => shared.Host.Client;

    private async Task<CustomerRecord> CustomerAsync(long? ownerId = null) =>
        await (await Admin.Post("/api/customers", new { name = $"Customer {Guid.NewGuid():N}", ownerId })).As<CustomerRecord>();

    private async Task<long> OrderAsync(long customerId, string orderedUtc) =>
        (await (await Admin.Post("/api/orders", new
        {
            number = $"TL-{Guid.NewGuid():N}", customerId, orderedUtc, currency = "CNY",
            lines = new[] { new { description = "tea", quantity = 1, unitPrice = 10m } },
        })).As<OrderRecord>()).Id;

    private async Task<long> CallAsync(long customerId, string occurredUtc) =>
        (await (await Admin.Post("/api/interactions", new { customerId, kind = "call", occurredUtc, notes = "called" })).As<InteractionRecord>()).Id;

    private static Task<TimelineView> PageAsync(HttpClient client, long customerId, string query = "") =>
        client.Get<TimelineView>($"/api/customers/{customerId}/timeline{query}");

    [Fact]
    public async Task Paging_with_the_cursor_returns_every_entry_once_in_order_even_when_entries_share_a_timestamp()
    {
        var customer = await CustomerAsync();
        var orders = new List<long>();
        var calls = new List<long>();
        for (var i = 0; i < 5; i++)
            orders.Add(await OrderAsync(customer.Id, "2025-02-01T10:00:00Z"));
        for (var i = 0; i < 4; i++)
            calls.Add(await CallAsync(customer.Id, "2025-02-01T10:00:00Z"));
        var whole = (await PageAsync(Admin, customer.Id, "?pageSize=500")).Items;

        var paged = new List<TimelineView.Item>();
        var pages = 0;
        string? next = null;
        do
        {
            var page = await PageAsync(Admin, customer.Id, next is null ? "?pageSize=2" : $"?pageSize=2&before={next}");
            Assert.InRange(page.Items.Count, 1, 2);
            paged.AddRange(page.Items);
            next = page.Next;
            pages++;
        } while (next is not null);

        Assert.Equal(whole, paged, (a, b) => a.WhenUtc == b.WhenUtc && a.Kind == b.Kind && a.Title == b.Title && Equals(a.Record, b.Record));
        Assert.Equal((whole.Count + 1) / 2, pages);
        Assert.Equal(orders.Order(), paged.Where(i => i.Kind == "order").Select(i => i.Record!.Id).Order());
        Assert.Equal(calls.Order(), paged.Where(i => i.Kind == "interaction").Select(i => i.Record!.Id).Order());
        Assert.Equal(paged.OrderByDescending(i => i.WhenUtc).Select(i => i.WhenUtc), paged.Select(i => i.WhenUtc));
    }

    [Fact]
    public async Task The_kinds_filter_shows_only_the_kinds_asked_for()
    {
        var customer = await CustomerAsync();
        var order = await OrderAsync(customer.Id, "2025-03-01T10:00:00Z");
        var call = await CallAsync(customer.Id, "2025-03-02T10:00:00Z");

        var orders = await PageAsync(Admin, customer.Id, "?kinds=order");
        var both = await PageAsync(Admin, customer.Id, "?kinds=order,interaction");

        Assert.Equal([$"order:{order}"], orders.Items.Select(i => i.Record!.ToString()));
        Assert.Equal([$"interaction:{call}", $"order:{order}"], both.Items.Select(i => i.Record!.ToString()));
        Assert.Contains((await PageAsync(Admin, customer.Id)).Items, i => i.Kind == "lifecycle");
    }

    [Theory]
    [InlineData("?before=not-a-cursor", "before")]
    [InlineData("?before=MTIzOmFiYzp4", "before")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=501", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?kinds=order,orders", "kinds")]
    [InlineData("?kinds=", "kinds")]
    public async Task Bad_input_is_a_400_naming_the_field(string query, string field)
    {
        var customer = await CustomerAsync();

        var response = await Admin.GetAsync($"/api/customers/{customer.Id}/timeline{query}");

        await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_rep_sees_no_entry_of_a_record_it_cannot_read_and_another_teams_rep_not_the_customer()
    {
        var (teamA, teamB) = (await shared.Host.CreateTeamAsync($"A {Guid.NewGuid():N}"), await shared.Host.CreateTeamAsync($"B {Guid.NewGuid():N}"));
        var (owner, ownerClient) = await shared.Host.SignedInUserAsync($"{Guid.NewGuid():N}@a.example", CrmRole.Rep, teamA);
        var (other, otherClient) = await shared.Host.SignedInUserAsync($"{Guid.NewGuid():N}@b.example", CrmRole.Rep, teamB);
        var customer = await CustomerAsync(owner.Id);
        var own = await (await Admin.Post("/api/deals", new { title = "own deal", customerId = customer.Id, stage = "lead", ownerId = owner.Id })).As<DealRecord>();
        var theirs = await (await Admin.Post("/api/deals", new { title = "their deal", customerId = customer.Id, stage = "lead", ownerId = other.Id })).As<DealRecord>();

        var seenByOwner = await PageAsync(ownerClient, customer.Id, "?kinds=deal");
        var seenByAdmin = await PageAsync(Admin, customer.Id, "?kinds=deal");
        var otherTeam = await otherClient.GetAsync($"/api/customers/{customer.Id}/timeline");
        var missing = await Admin.GetAsync("/api/customers/987654321/timeline");

        Assert.Equal([$"deal:{own.Id}"], seenByOwner.Items.Select(i => i.Record!.ToString()));
        Assert.Equal([$"deal:{theirs.Id}", $"deal:{own.Id}"], seenByAdmin.Items.Select(i => i.Record!.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain("their deal", await otherTeam.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_left_short_by_hidden_entries_is_filled_from_older_ones()
    {
        var team = await shared.Host.CreateTeamAsync($"T {Guid.NewGuid():N}");
        var (owner, ownerClient) = await shared.Host.SignedInUserAsync($"{Guid.NewGuid():N}@t.example", CrmRole.Rep, team);
        var (other, _) = await shared.Host.SignedInUserAsync($"{Guid.NewGuid():N}@t.example", CrmRole.Rep, team);
        var customer = await CustomerAsync(owner.Id);
        var mine = (await (await Admin.Post("/api/deals", new { title = "mine", customerId = customer.Id, stage = "lead", ownerId = owner.Id })).As<DealRecord>()).Id;
        for (var i = 0; i < 5; i++) // newer than mine, none of them the owner's
            await Admin.Post("/api/deals", new { title = $"hidden {i}", customerId = customer.Id, stage = "lead", ownerId = other.Id });

        var page = await PageAsync(ownerClient, customer.Id, "?kinds=deal&pageSize=2");

        Assert.Equal([$"deal:{mine}"], page.Items.Select(i => i.Record!.ToString()));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task A_disabled_modules_entries_vanish_and_return_when_it_is_enabled_again()
    {
        var customer = await CustomerAsync();
        var note = await Admin.Post("/api/notes", new { subject = $"customer:{customer.Id}", text = "Prefers green tea" });
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(["Note: Prefers green tea"], (await PageAsync(Admin, customer.Id, "?kinds=note")).Items.Select(i => i.Title));

        (await Admin.PostAsync("/api/plugins/notes/disable", null)).EnsureSuccessStatusCode();
        try
        {
            Assert.Empty((await PageAsync(Admin, customer.Id, "?kinds=note")).Items);
            Assert.DoesNotContain((await PageAsync(Admin, customer.Id)).Items, i => i.Kind == "note");
        }
        finally
        {
            (await Admin.PostAsync("/api/plugins/notes/enable", null)).EnsureSuccessStatusCode();
        }

        Assert.Equal(["Note: Prefers green tea"], (await PageAsync(Admin, customer.Id, "?kinds=note")).Items.Select(i => i.Title));
    }
}
