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

        matrix.Row("GET /api/loyalty/customers/{customerId:long}", Expect.Record(Expect.OwnersSide).Showing("4321"), MatrixRequest.Get($"/api/loyalty/customers/{customer}"));

        (await matrix.RunAsync("/api/loyalty")).ThrowIfAny();
    }
}
