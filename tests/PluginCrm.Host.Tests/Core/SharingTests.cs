using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>What a module exposes (the public pool): visible to every rep while the module is on, not otherwise.</summary>
public sealed class SharingTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("pool");
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
    }

    private async Task ShareAsync(Func<IRecordSharing, Task> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<IRecordSharing>());
    }

    [Fact]
    public async Task A_shared_customer_is_visible_to_other_reps_only_while_the_sharing_module_is_on()
    {
        var (_, alice) = await host.SignedInUserAsync("alice@example.com", CrmRole.Rep);
        var (_, bob) = await host.SignedInUserAsync("bob@example.com", CrmRole.Rep);
        var customer = await (await alice.Post("/api/customers", new { name = "Pooled Ltd" })).As<CustomerRecord>();
        await alice.Post("/api/orders", new { number = "P-1", customerId = customer.Id, orderedUtc = "2026-01-05T10:00:00Z", currency = "CNY", lines = new[] { new { description = "x", quantity = 1, unitPrice = 10 } } });
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/customers/{customer.Id}")).StatusCode);

        await ShareAsync(s => s.ShareAsync("pool", "customer", customer.Id, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(1, (await bob.Get<ListPage<OrderRecord>>("/api/orders")).Total);
        Assert.Equal(0m, (await bob.Get<OrderKpiRow>("/api/kpis/orders")).Total.Revenue); // KPIs count what a rep owns

        await host.Client.PostAsync("/api/plugins/pool/disable", null);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/customers/{customer.Id}")).StatusCode);

        await host.Client.PostAsync("/api/plugins/pool/enable", null);
        await ShareAsync(s => s.UnshareAsync("pool", "customer", customer.Id, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
    }

    [Fact]
    public async Task Only_loaded_plugins_share_and_only_customers_leads_and_deals()
    {
        var ghost = await Assert.ThrowsAsync<PluginCrm.Host.Api.InputException>(() => ShareAsync(s => s.ShareAsync("ghost", "customer", 1, CancellationToken.None)));
        var kind = await Assert.ThrowsAsync<PluginCrm.Host.Api.InputException>(() => ShareAsync(s => s.ShareAsync("pool", "order", 1, CancellationToken.None)));

        Assert.Contains("pluginId", ghost.Errors.Keys);
        Assert.Contains("recordType", kind.Errors.Keys);
    }

    private sealed record OrderTotals(decimal Revenue);

    private sealed record OrderKpiRow(OrderTotals Total);
}
