using Acme.Loyalty.Tests.Support;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;

namespace Acme.Loyalty.Tests;

public sealed class LoyaltyAccessTests
{
    /// <summary>Every endpoint under /api/loyalty, called as the customer's owner, a teammate, both managers, another team's rep, an admin and nobody.</summary>
    [Fact]
    public async Task Only_those_who_read_a_customer_see_its_points()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.AddPlugin<LoyaltyPlugin>());
        var matrix = await AccessMatrix.CreateAsync(host);
        var customer = await matrix.CreateAsync(matrix.Owner, "/api/customers", new { name = matrix.Secret });
        await host.OrderAsync(customer, 4_321m);

        matrix.Row("GET /api/loyalty/customers/{customerId:long}", Expect.Record(Expect.OwnersSide).Showing("\"points\":4321"), MatrixRequest.Get($"/api/loyalty/customers/{customer}"));
        // Points by hand: given by whoever may change the customer, listed to whoever may read it.
        matrix.Row("POST /api/loyalty/grants", Expect.Record(Expect.OwnersSide), MatrixRequest.Post("/api/loyalty/grants", new { customerId = customer, points = 5, reason = "goodwill" }));
        await matrix.CreateAsync(matrix.Owner, "/api/loyalty/grants", new { customerId = customer, points = 7, reason = matrix.Secret });
        matrix.Row("GET /api/loyalty/grants", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/api/loyalty/grants"));
        // Totals only, over each caller's own customers: LoyaltyScreenTests checks the figure.
        matrix.Row("GET /api/loyalty/summary", Expect.SignedIn(), MatrixRequest.Get("/api/loyalty/summary"));

        (await matrix.RunAsync("/api/loyalty")).ThrowIfAny();
    }
}
