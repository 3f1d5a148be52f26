using PluginCrm.Host.Tests.Notifications;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Timeline;

/// <summary>
/// Every kind the host contributes to a customer's timeline, newest first: orders, interactions, deals, tasks, lifecycle moves
/// with their reasons, and messages sent to the customer (through the notify fixture plugin's welcome).
/// </summary>
public sealed class HostTimelineKindsTests : IAsyncLifetime
{
    private NotificationFixture fixture = null!;

    public async Task InitializeAsync()
    {
        fixture = await NotificationFixture.StartAsync();
        await fixture.SaveTemplateAsync("fixture.welcome", "Subject: Welcome, {{ customer.name }}\n\nHello {{ customer.name }}.\n");
    }

    public Task DisposeAsync() => fixture.DisposeAsync().AsTask();

    [Fact]
    public async Task Orders_interactions_deals_tasks_lifecycle_moves_and_messages_sent_come_newest_first()
    {
        var host = fixture.Host;
        var start = host.Clock.GetUtcNow().UtcDateTime; // 09:00: created as a lead, the welcome queued
        var customer = await fixture.CreateCustomerAsync("Wang Fang", "wang.fang@example.com", consent: true);
        host.Clock.Advance(TimeSpan.FromHours(1)); // 10:00: the welcome goes
        await host.DeliverOutboxAsync();
        host.Clock.Advance(TimeSpan.FromHours(1)); // 11:00: a deal
        var deal = await (await host.Client.Post("/api/deals", new { title = "Tea for the office", customerId = customer.Id, stage = "qualified", value = 1200m })).As<DealRecord>();
        var call = await (await host.Client.Post("/api/interactions", new { customerId = customer.Id, kind = "call", occurredUtc = start.AddHours(2.5), notes = "Asked for a quote\nsecond line" })).As<InteractionRecord>();
        var visit = await (await host.Client.Post("/api/interactions", new { customerId = customer.Id, kind = "visit", occurredUtc = start.AddHours(2.75), notes = "Brought samples" })).As<InteractionRecord>();
        host.Clock.Advance(TimeSpan.FromHours(1)); // 12:00: an order placed the day before makes it a customer
        var order = await (await host.Client.Post("/api/orders", new
        {
            number = "T-1", customerId = customer.Id, orderedUtc = start.AddDays(-1).AddHours(1), currency = "CNY",
            lines = new[] { new { description = "tea", quantity = 2, unitPrice = 12.5m } },
        })).As<OrderRecord>();
        host.Clock.Advance(TimeSpan.FromMinutes(30)); // 12:30: a follow-up task for tomorrow
        var task = await (await host.Client.Post("/api/tasks", new { subject = "Send the quote", dueUtc = start.AddDays(1), relatedTo = $"customer:{customer.Id}" })).As<TaskRecord>();

        var page = await host.Client.Get<TimelineView>($"/api/customers/{customer.Id}/timeline");

        Assert.Null(page.Next);
        Assert.Equal(
            [
                (start.AddHours(3.5), "task", $"Task Send the quote (due {start.AddDays(1):yyyy-MM-dd HH:mm} UTC)", $"task:{task.Id}"),
                (start.AddHours(3), "lifecycle", "Stage lead → customer", (string?)null),
                (start.AddHours(2.75), "interaction", "visit: Brought samples", $"interaction:{visit.Id}"),
                (start.AddHours(2.5), "interaction", "call: Asked for a quote", $"interaction:{call.Id}"),
                (start.AddHours(2), "deal", "Deal Tea for the office opened (now qualified, 1200.00)", $"deal:{deal.Id}"),
                (start.AddHours(1), "message", "Message sent: Welcome, Wang Fang", null),
                (start, "lifecycle", "Created as lead", null),
                (start.AddDays(-1).AddHours(1), "order", "Order T-1: 25.00 CNY", $"order:{order.Id}"),
            ],
            page.Items.Select(i => (i.WhenUtc, i.Kind, i.Title, i.Record?.ToString())));
        Assert.Equal("first purchase on 2026-01-04", page.Items[1].Detail);
        Assert.Equal("lifecycle", page.Items[1].ActorName);
        Assert.Null(page.Items[2].Detail); // one line, shown whole in the title: not again below it
        Assert.Equal("Asked for a quote\nsecond line", page.Items[3].Detail);
        Assert.Equal("Hello Wang Fang.", page.Items[5].Detail!.TrimEnd());
    }
}
