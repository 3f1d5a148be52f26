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

    private sealed record BalanceDto(long CustomerId, long Points, int Orders);

    private sealed record PreviewDto(string Output);

    [Fact]
    public async Task Each_order_earns_its_customer_points_at_the_rate_an_admin_sets()
    {
        var customer = await host.CustomerAsync("Wang Fang");
        await host.OrderAsync(customer, 12.99m);
        (await host.Client.PutAsJsonAsync("/api/plugins/loyalty/settings", new { pointsPerCurrencyUnit = 100 })).EnsureSuccessStatusCode();
        await host.OrderAsync(customer, 20m);

        var balance = await host.Client.GetFromJsonAsync<BalanceDto>($"/api/loyalty/customers/{customer}");

        Assert.Equal(new BalanceDto(customer, 12 + 2_000, 2), balance);
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
    public async Task A_template_reads_a_customers_points_and_tier()
    {
        var customer = await host.CustomerAsync("Wang Fang");
        await host.OrderAsync(customer, 1_250m);

        var preview = await host.Client.PostAsJsonAsync("/api/templates/preview", new
        {
            recordType = "customer", recordId = customer, body = "{{ loyalty.points customer }} points, {{ loyalty.tier customer }}",
        });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("1250 points, silver", (await preview.Content.ReadFromJsonAsync<PreviewDto>())!.Output);
    }
}
