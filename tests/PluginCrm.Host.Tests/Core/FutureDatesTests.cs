using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// What has happened cannot be dated after today: an order, a call, a deal's close, a birthday. By the day anywhere on
/// Earth, not the minute (the kit's clock: 2026-01-05 09:00 UTC, so 2026-01-05 is the latest day), since a local time
/// sent as UTC is hours ahead and harmless, and an order dated 2030 is not: it made a churned customer a repeat buyer.
/// </summary>
public sealed class FutureDatesTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long customer;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync();
        customer = (await (await host.Client.Post("/api/customers", new { name = "Zhao Lei" })).As<CustomerRecord>()).Id;
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private Task<HttpResponseMessage> OrderAsync(string orderedUtc) => host.Client.Post("/api/orders", new
    {
        number = $"F-{Guid.NewGuid():N}", customerId = customer, orderedUtc, currency = "CNY",
        lines = new[] { new { description = "tea", quantity = 1, unitPrice = 10 } },
    });

    [Fact]
    public async Task An_order_on_a_day_to_come_is_refused_and_one_later_today_is_taken()
    {
        using var in2030 = await OrderAsync("2030-01-01T10:00:00Z");
        using var tomorrow = await OrderAsync("2026-01-06T20:00:00Z");
        using var tonight = await OrderAsync("2026-01-05T20:00:00Z"); // 20:00 in Shanghai sent as UTC: today somewhere

        Assert.Equal("is in the future: 2030-01-01, and today is 2026-01-05 (UTC)", await in2030.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "orderedUtc"));
        Assert.Contains("is in the future: 2026-01-06", await tomorrow.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "orderedUtc"));
        Assert.Equal(HttpStatusCode.Created, tonight.StatusCode);
        Assert.Single((await host.Client.Get<ListPage<OrderRecord>>($"/api/orders?customerId={customer}")).Items);
        Assert.Equal(LifecycleStage.Customer, (await host.Client.Get<CustomerRecord>($"/api/customers/{customer}")).Stage);
    }

    [Fact]
    public async Task A_call_a_close_or_a_birthday_to_come_is_refused_naming_its_field()
    {
        using var call = await host.Client.Post("/api/interactions", new { customerId = customer, kind = "call", occurredUtc = "2027-01-05T09:00:00Z", notes = "not yet" });
        using var won = await host.Client.Post("/api/deals", new { title = "Office tea", customerId = customer, stage = "won", value = 100m, closedOn = "2026-02-01" });
        using var born = await host.Client.Put($"/api/customers/{customer}", new { name = "Zhao Lei", birthday = "2026-06-01" }, ifMatch: 1);

        await call.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "occurredUtc");
        Assert.Equal("is in the future: 2026-02-01, and today is 2026-01-05 (UTC)", await won.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "closedOn"));
        await born.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "birthday");
        // An engage date may be ahead (a start agreed); a deal won today without a close date would then close before it.
        using var early = await host.Client.Post("/api/deals", new { title = "Kick-off in March", customerId = customer, stage = "won", engagedOn = "2026-03-01" });
        Assert.StartsWith("would be today, 2026-01-05, before the engage date 2026-03-01", await early.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "closedOn"));
        Assert.Null((await host.Client.Get<CustomerRecord>($"/api/customers/{customer}")).Birthday);
    }
}
