using System.Net;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Orders;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// A deleted order or interaction is gone for everyone but an admin asking for deleted records, and counts in no KPI.
/// Their visibility reads their customer even when it is deleted, and EF drops every query filter of a query that ignores
/// one: deleted orders and interactions used to stay listed, readable, deletable again and counted.
/// </summary>
public sealed class DeletedRecordsTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Created(long Id);

    private static object OrderOf(long customerId, decimal price) => OrderBodies.Of(customerId, "2026-01-02T10:00:00Z", price);

    [Theory]
    [InlineData("orders")]
    [InlineData("interactions")]
    public async Task A_deleted_record_is_gone_for_its_owner_and_the_admin_but_an_admin_asking_for_deleted_ones(string route)
    {
        var (_, rep) = await host.ActAsAsync(CrmRole.Rep);
        var customer = await (await rep.Post("/api/customers", new { name = "Sun Li", kind = "person" })).As<Created>();
        var body = route == "orders" ? OrderOf(customer.Id, 30m) : new { customerId = customer.Id, kind = "call", occurredUtc = "2026-01-02T10:00:00Z", notes = "asked for a quote" };
        var kept = await (await rep.Post($"/api/{route}", body)).As<Created>();
        var deleted = await (await rep.Post($"/api/{route}", route == "orders" ? OrderOf(customer.Id, 45m) : body)).As<Created>();

        Assert.Equal(HttpStatusCode.NoContent, (await rep.DeleteAsync($"/api/{route}/{deleted.Id}")).StatusCode);

        foreach (var client in new[] { rep, host.Client })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/{route}/{deleted.Id}")).StatusCode);
            Assert.Equal([kept.Id], (await client.Get<ListPage<Created>>($"/api/{route}?customerId={customer.Id}")).Items.Select(r => r.Id));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await rep.DeleteAsync($"/api/{route}/{deleted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.Put($"/api/{route}/{deleted.Id}", body)).StatusCode);
        Assert.Equal([kept.Id, deleted.Id], (await host.Client.Get<ListPage<Created>>($"/api/{route}?customerId={customer.Id}&includeDeleted=true")).Items.Select(r => r.Id).Order());

        // A deleted customer's own records stay visible, as before.
        Assert.Equal(HttpStatusCode.NoContent, (await rep.DeleteAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/{route}/{kept.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_order_counts_in_no_kpi()
    {
        var (_, rep) = await host.ActAsAsync(CrmRole.Rep);
        var customer = await (await rep.Post("/api/customers", new { name = "Qian Hua", kind = "person" })).As<Created>();
        await rep.Post("/api/orders", OrderOf(customer.Id, 30m));
        var deleted = await (await rep.Post("/api/orders", OrderOf(customer.Id, 45m))).As<Created>();
        Assert.Equal(HttpStatusCode.NoContent, (await rep.DeleteAsync($"/api/orders/{deleted.Id}")).StatusCode);

        foreach (var client in new[] { rep, host.Client })
        {
            var figures = (await client.Get<KpiReport<OrderFigures>>("/api/kpis/orders?from=2026-01-01&to=2026-02-01")).Total;
            Assert.Equal((30m, 1, 1, 0), (figures.Revenue, figures.Orders, figures.Customers, figures.RepeatCustomers));
        }
    }
}
