using System.Net;
using System.Net.Http.Json;
using Acme.Loyalty.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace Acme.Loyalty.Tests;

public sealed class LoyaltyTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.AddPlugin<LoyaltyPlugin>());

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record BalanceDto(long CustomerId, long Points, int Orders, string Tier);

    [Fact]
    public async Task Each_order_earns_its_customer_points_at_the_rate_an_admin_sets()
    {
        var customer = await host.CustomerAsync("Wang Fang");
        await host.OrderAsync(customer, 12.99m);
        (await host.Client.PutAsJsonAsync("/api/plugins/loyalty/settings", new { pointsPerCurrencyUnit = 100 })).EnsureSuccessStatusCode();
        await host.OrderAsync(customer, 20m);

        var balance = await host.Client.GetFromJsonAsync<BalanceDto>($"/api/loyalty/customers/{customer}");

        Assert.Equal(new BalanceDto(customer, 12 + 2_000, 2, "silver"), balance);
    }

    [Fact]
    public async Task A_rate_out_of_range_is_refused_and_the_old_one_kept()
    {
        var refused = await host.Client.PutAsJsonAsync("/api/plugins/loyalty/settings", new { pointsPerCurrencyUnit = -1 });
        var customer = await host.CustomerAsync("Li Lei");
        await host.OrderAsync(customer, 5m);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(5, (await host.Client.GetFromJsonAsync<BalanceDto>($"/api/loyalty/customers/{customer}"))!.Points);
    }

    [Fact]
    public void Tiers_start_at_one_thousand_and_ten_thousand_points() =>
        Assert.Equal(["bronze", "silver", "silver", "gold"], new long[] { 999, 1_000, 9_999, 10_000 }.Select(LoyaltyTemplateFunctions.Tier));
}
