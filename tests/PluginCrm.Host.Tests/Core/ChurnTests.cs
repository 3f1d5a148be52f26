using System.Text.Json;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// A configurable silence marks a customer churned: the host's job <c>host.lifecycle-churn</c>, driven by the clock
/// (2026-01-05 09:00 UTC at start). A host per test: the tests move the clock.
/// </summary>
public sealed class ChurnTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.Settings["Lifecycle:ChurnAfterDays"] = "100");

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<CustomerRecord> CustomerAsync(string name, LifecycleStage stage = LifecycleStage.Lead, params string[] purchaseDays)
    {
        var customer = await (await host.Client.Post("/api/customers", new { name, stage })).As<CustomerRecord>();
        foreach (var day in purchaseDays)
            await OrderAsync(customer, DateTime.Parse($"{day}T10:00:00Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        return customer;
    }

    private async Task OrderAsync(CustomerRecord customer, DateTime orderedUtc, int quantity = 1) =>
        (await host.Client.Post("/api/orders", new
        {
            number = $"C-{Guid.NewGuid():N}", customerId = customer.Id, orderedUtc, currency = "CNY",
            lines = new[] { new { description = "tea", quantity, unitPrice = 50 } },
        })).EnsureSuccessStatusCode();

    private async Task RunJobAfterDaysAsync(int days)
    {
        host.Clock.Advance(TimeSpan.FromDays(days));
        Assert.Contains("host.lifecycle-churn", await host.RunDueJobsAsync());
    }

    private async Task<LifecycleStage> StageAsync(CustomerRecord c) => (await host.Client.Get<CustomerRecord>($"/api/customers/{c.Id}")).Stage;

    private async Task<List<AuditRow>> MovesAsync(CustomerRecord c) =>
        (await host.Client.Get<List<AuditRow>>($"/api/customers/{c.Id}/audit")).Where(a => a.UserName == "lifecycle").ToList();

    [Fact]
    public async Task A_customer_silent_for_more_than_the_churn_days_is_churned_each_move_audited_with_its_reason()
    {
        var once = await CustomerAsync("once", purchaseDays: "2026-01-03");                      // customer
        var twice = await CustomerAsync("twice", purchaseDays: ["2025-12-01", "2026-01-04"]);    // repeat
        var neverBought = await CustomerAsync("imported", LifecycleStage.AtRisk);                // created 2026-01-05
        var prospect = await CustomerAsync("prospect", LifecycleStage.Opportunity);

        await RunJobAfterDaysAsync(98); // 2026-04-13: 2026-01-03 is 100 days ago, not more
        Assert.Equal(LifecycleStage.Customer, await StageAsync(once));

        await RunJobAfterDaysAsync(1); // 2026-04-14: 101 days since 2026-01-03, 100 since 2026-01-04, 99 since 2026-01-05
        Assert.Equal((LifecycleStage.Churned, LifecycleStage.Repeat, LifecycleStage.AtRisk),
            (await StageAsync(once), await StageAsync(twice), await StageAsync(neverBought)));

        await RunJobAfterDaysAsync(2); // 2026-04-16: 102 days since 2026-01-04, 101 since 2026-01-05
        Assert.Equal((LifecycleStage.Churned, LifecycleStage.Churned, LifecycleStage.Opportunity),
            (await StageAsync(twice), await StageAsync(neverBought), await StageAsync(prospect)));

        var churn = (await MovesAsync(once)).Last();
        Assert.Equal(("customer.update", "no purchase since 2026-01-03 (101 days, churn after 100)", "churned"),
            (churn.Message, churn.Reason, churn.After!.Value.GetProperty("stage").GetString()));
        Assert.Equal("no purchase since 2026-01-04 (102 days, churn after 100)", (await MovesAsync(twice)).Last().Reason);
        Assert.Equal(["no purchase since it was created on 2026-01-05 (101 days, churn after 100)"], (await MovesAsync(neverBought)).Select(m => m.Reason));
        Assert.Empty(await MovesAsync(prospect));
    }

    [Fact]
    public async Task A_churned_customer_comes_back_only_with_a_new_purchase_not_a_cancellation_or_an_old_order_entered_late()
    {
        var customer = await CustomerAsync("back", purchaseDays: "2026-01-05");
        await RunJobAfterDaysAsync(101); // 2026-04-16
        Assert.Equal(LifecycleStage.Churned, await StageAsync(customer));

        await OrderAsync(customer, host.Clock.GetUtcNow().UtcDateTime, quantity: -1); // a cancellation today
        await OrderAsync(customer, new DateTime(2025, 12, 1, 10, 0, 0, DateTimeKind.Utc)); // the last purchase stays 2026-01-05
        await RunJobAfterDaysAsync(1); // 2026-04-17
        Assert.Equal(LifecycleStage.Churned, await StageAsync(customer));

        await OrderAsync(customer, host.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(LifecycleStage.Repeat, await StageAsync(customer));
        Assert.Equal(["first purchase on 2026-01-05", "no purchase since 2026-01-05 (101 days, churn after 100)", "purchased on 2026-04-17 after being churned"],
            (await MovesAsync(customer)).Select(m => m.Reason));
    }

    [Fact]
    public async Task A_churn_period_out_of_range_stops_the_host_with_one_clear_line()
    {
        var error = await Assert.ThrowsAsync<StartupException>(() => CrmTestHost.StartAsync(o => o.Settings["Lifecycle:ChurnAfterDays"] = "0"));
        Assert.Contains("Lifecycle:ChurnAfterDays must be between 1 and 3650", error.Message);
    }

    private sealed record AuditRow(string Message, string UserName, string? Reason, JsonElement? After);
}
