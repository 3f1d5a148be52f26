using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// One host with a small, hand-countable book of business, created through the HTTP API, that the KPI tests only read.
/// Teams East (alice, bob, a manager) and West (carol). The host's clock stands at 2026-01-05, so every record is
/// created that day.
///
/// Closed deals, all engaged on 2025-10-01 (before the funnel's period):
///   alice: won 1000 (2026-01-10), won 2500.50 (02-03), lost (02-20), won 199.9999 (03-15), won 999 (04-25, after Q1)
///   bob:   won 300 (2026-01-20), lost 80 (01-25), lost (03-01)
///   carol: won 5000 (2026-02-10), won 750.25 (2025-12-31), lost (2026-04-01)
///
/// The funnel's deals, entering in Q1 2026 (by engage date, or when never engaged, on their creation day 2026-01-05):
///   F1 alice lead, F2 bob lead, F3 alice qualified (engaged 01-12), F4 alice proposal (02-02), F5 bob negotiation (02-14),
///   F6 alice won (01-20, closed 04-10, 100), F7 bob lost (engaged 03-03, closed 04-15), F8 alice proposal then lost
///   (02-20, closed 04-20), F9 carol negotiation then back to qualified (03-01), F10 carol lost, never engaged (closed 04-30).
///
/// Orders (customer, owner): c1 alice, c2 alice, c3 bob, c4 carol, c5 bob
///   c1: 2025-12-15 50; 2026-01-10 2 × 40 = 80; 2026-02-10 120.50
///   c2: 2026-01-15 3 × 33.3333 = 99.9999; 2026-01-20 cancellation −1 × 33.3333 = −33.3333
///   c3: 2026-02-01 500; 2026-03-05 250; 2026-03-20 2 × 25 = 50
///   c4: 2026-03-31 23:59:59 1000; 2026-04-01 00:00 10
///   c5: 2025-11-01 70; 2026-02-15 cancellation −70
///
/// Spend (USD, the days [from, to); S1, S2 and S3 are 100 a day), for acquisition cost; team North has spend, no customers:
///   S1 company-wide marketing 9000 over 2026-01-01..04-01 (90 days)   S2 East sales 2800 over 2026-02-01..03-01 (28 days)
///   S3 West marketing 3100 over 2026-03-15..04-15 (31 days)          S4 East marketing 620 over 2025-12-01..2026-01-01
///   S5 company-wide sales 1000 over 2026-01-10..01-17 (7 days)        S6 North marketing 500 over 2026-02-01..03-01
/// </summary>
public sealed class KpiData : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;
    public HttpClient Admin => Host.Client;
    public long East { get; private set; }
    public long West { get; private set; }
    public long North { get; private set; }
    public long Alice { get; private set; }
    public long Bob { get; private set; }
    public long Carol { get; private set; }
    public HttpClient AliceClient { get; private set; } = null!;
    public HttpClient EastManager { get; private set; } = null!;

    /// <summary>The customers c1 to c5 by name.</summary>
    public Dictionary<string, long> Customers { get; } = [];

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync();
        East = await Host.CreateTeamAsync("East");
        West = await Host.CreateTeamAsync("West");
        North = await Host.CreateTeamAsync("North");
        (var alice, AliceClient) = await Host.SignedInUserAsync("alice@example.com", CrmRole.Rep, East);
        var (bob, _) = await Host.SignedInUserAsync("bob@example.com", CrmRole.Rep, East);
        (_, EastManager) = await Host.SignedInUserAsync("east.lead@example.com", CrmRole.Manager, East);
        var (carol, _) = await Host.SignedInUserAsync("carol@example.com", CrmRole.Rep, West);
        (Alice, Bob, Carol) = (alice.Id, bob.Id, carol.Id);

        // F1, F2 and F10 have no engage date: the funnel counts them from their creation, on the kit's day (2026-01-05).
        var f10 = await UndatedFunnelDealsAsync();
        // The closes and orders run through April 2026, and a date in the future is refused: the clock moves past them.
        Host.Clock.Advance(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero) - Host.Clock.GetUtcNow());
        (AliceClient, EastManager) = (await Host.SignInAsync("alice@example.com"), await Host.SignInAsync("east.lead@example.com")); // sessions last hours
        await ClosedDealsAsync();
        await FunnelDealsAsync(f10);
        await OrdersAsync();
        await SpendAsync();
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    private async Task ClosedDealsAsync()
    {
        const string engaged = "2025-10-01";
        await DealAsync(Alice, East, "won", 1000m, engaged, "2026-01-10");
        await DealAsync(Alice, East, "won", 2500.50m, engaged, "2026-02-03");
        await DealAsync(Alice, East, "lost", null, engaged, "2026-02-20");
        await DealAsync(Alice, East, "won", 199.9999m, engaged, "2026-03-15");
        await DealAsync(Alice, East, "won", 999m, engaged, "2026-04-25");
        await DealAsync(Bob, East, "won", 300m, engaged, "2026-01-20");
        await DealAsync(Bob, East, "lost", 80m, engaged, "2026-01-25");
        await DealAsync(Bob, East, "lost", null, engaged, "2026-03-01");
        await DealAsync(Carol, West, "won", 5000m, engaged, "2026-02-10");
        await DealAsync(Carol, West, "won", 750.25m, engaged, "2025-12-31");
        await DealAsync(Carol, West, "lost", null, engaged, "2026-04-01");
    }

    private async Task<DealRecord> UndatedFunnelDealsAsync()
    {
        await DealAsync(Alice, East, "lead", null, null, null);
        await DealAsync(Bob, East, "lead", null, null, null);
        return await DealAsync(Carol, West, "lead", null, null, null); // lost on 2026-04-30 (FunnelDealsAsync)
    }

    private async Task FunnelDealsAsync(DealRecord f10)
    {
        await DealAsync(Alice, East, "qualified", null, "2026-01-12", null);
        await DealAsync(Alice, East, "proposal", null, "2026-02-02", null);
        await DealAsync(Bob, East, "negotiation", null, "2026-02-14", null);
        await DealAsync(Alice, East, "won", 100m, "2026-01-20", "2026-04-10");
        await DealAsync(Bob, East, "lost", null, "2026-03-03", "2026-04-15");
        var f8 = await DealAsync(Alice, East, "proposal", null, "2026-02-20", null);
        await ChangeAsync(f8 with { Stage = DealStage.Lost, ClosedOn = new DateOnly(2026, 4, 20) });
        var f9 = await DealAsync(Carol, West, "negotiation", null, "2026-03-01", null);
        await ChangeAsync(f9 with { Stage = DealStage.Qualified });
        await ChangeAsync(f10 with { Stage = DealStage.Lost, ClosedOn = new DateOnly(2026, 4, 30) });
    }

    private async Task OrdersAsync()
    {
        var c1 = await CustomerAsync("c1", Alice, East);
        var c2 = await CustomerAsync("c2", Alice, East);
        var c3 = await CustomerAsync("c3", Bob, East);
        var c4 = await CustomerAsync("c4", Carol, West);
        var c5 = await CustomerAsync("c5", Bob, East);
        await OrderAsync(c1, "2025-12-15T10:00:00Z", 1, 50m);
        await OrderAsync(c1, "2026-01-10T10:00:00Z", 2, 40m);
        await OrderAsync(c1, "2026-02-10T10:00:00Z", 1, 120.50m);
        await OrderAsync(c2, "2026-01-15T10:00:00Z", 3, 33.3333m);
        await OrderAsync(c2, "2026-01-20T10:00:00Z", -1, 33.3333m);
        await OrderAsync(c3, "2026-02-01T10:00:00Z", 1, 500m);
        await OrderAsync(c3, "2026-03-05T10:00:00Z", 1, 250m);
        await OrderAsync(c3, "2026-03-20T10:00:00Z", 2, 25m);
        await OrderAsync(c4, "2026-03-31T23:59:59Z", 1, 1000m);
        await OrderAsync(c4, "2026-04-01T00:00:00Z", 1, 10m);
        await OrderAsync(c5, "2025-11-01T10:00:00Z", 1, 70m);
        await OrderAsync(c5, "2026-02-15T10:00:00Z", -1, 70m);
    }

    private async Task SpendAsync()
    {
        await SpendAsync(null, "marketing", 9000m, "2026-01-01", "2026-04-01");
        await SpendAsync(East, "sales", 2800m, "2026-02-01", "2026-03-01");
        await SpendAsync(West, "marketing", 3100m, "2026-03-15", "2026-04-15");
        await SpendAsync(East, "marketing", 620m, "2025-12-01", "2026-01-01");
        await SpendAsync(null, "sales", 1000m, "2026-01-10", "2026-01-17");
        await SpendAsync(North, "marketing", 500m, "2026-02-01", "2026-03-01");
    }

    private async Task SpendAsync(long? teamId, string kind, decimal amount, string from, string to)
    {
        var response = await Admin.Post("/api/spend", new { from, to, teamId, kind, amount, currency = "USD" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<DealRecord> DealAsync(long owner, long team, string stage, decimal? value, string? engagedOn, string? closedOn)
    {
        var response = await Admin.Post("/api/deals", new { title = $"deal {Guid.NewGuid():N}", ownerId = owner, teamId = team, stage, value, engagedOn, closedOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.As<DealRecord>();
    }

    private async Task ChangeAsync(DealRecord deal)
    {
        var response = await Admin.Put($"/api/deals/{deal.Id}", deal, ifMatch: deal.Version);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<long> CustomerAsync(string name, long owner, long team)
    {
        var response = await Admin.Post("/api/customers", new { name, ownerId = owner, teamId = team });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Customers[name] = (await response.As<CustomerRecord>()).Id;
    }

    private async Task OrderAsync(long customer, string orderedUtc, decimal quantity, decimal unitPrice)
    {
        var line = new { description = quantity < 0 ? "cancellation" : "item", quantity, unitPrice };
        var response = await Admin.Post("/api/orders", new { number = $"o-{Guid.NewGuid():N}", customerId = customer, orderedUtc, currency = "USD", lines = new[] { line } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
