using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// The lifecycle stage moves with the facts: the first purchase makes a customer, a purchase on a second day a repeat
/// customer, a purchase brings one at risk back; a cancellation is no purchase; every move is audited with its reason.
/// </summary>
public sealed class LifecycleTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private HttpClient Client => shared.Host.Client;

    private async Task<CustomerRecord> CustomerAsync(LifecycleStage stage = LifecycleStage.Lead) =>
        await (await Client.Post("/api/customers", new { name = "王芳", stage })).As<CustomerRecord>();

    private async Task OrderAsync(long customerId, string day, decimal quantity = 1) =>
        (await Client.Post("/api/orders", new
        {
            number = $"L-{Guid.NewGuid():N}", customerId, orderedUtc = $"{day}T10:00:00Z", currency = "CNY",
            lines = new[] { new { description = "tea", quantity, unitPrice = 50 } },
        })).EnsureSuccessStatusCode();

    private async Task<LifecycleStage> StageAsync(long id) => (await Client.Get<CustomerRecord>($"/api/customers/{id}")).Stage;

    private async Task<List<AuditRow>> MovesAsync(long id) =>
        (await Client.Get<List<AuditRow>>($"/api/customers/{id}/audit")).Where(a => a.UserName == "lifecycle").ToList();

    [Fact]
    public async Task A_first_purchase_makes_a_customer_and_a_second_day_a_repeat_customer_each_move_explained()
    {
        var customer = await CustomerAsync();

        await OrderAsync(customer.Id, "2025-01-05");
        Assert.Equal(LifecycleStage.Customer, await StageAsync(customer.Id));
        await OrderAsync(customer.Id, "2025-01-05");
        Assert.Equal(LifecycleStage.Customer, await StageAsync(customer.Id)); // the same day counts once
        await OrderAsync(customer.Id, "2025-02-01");

        Assert.Equal(LifecycleStage.Repeat, await StageAsync(customer.Id));
        var moves = await MovesAsync(customer.Id);
        Assert.Equal(["first purchase on 2025-01-05", "purchased again on 2025-02-01: 2 purchase days"], moves.Select(m => m.Reason));
        Assert.All(moves, m => Assert.Equal("customer.update", m.Message));
        Assert.Equal(["customer", "repeat"], moves.Select(m => m.After!.Value.GetProperty("stage").GetString()));
    }

    [Fact]
    public async Task A_cancellation_is_no_purchase()
    {
        var customer = await CustomerAsync(LifecycleStage.Opportunity);

        await OrderAsync(customer.Id, "2025-03-01", quantity: -1);

        Assert.Equal(LifecycleStage.Opportunity, await StageAsync(customer.Id));
        Assert.Empty(await MovesAsync(customer.Id));
    }

    [Fact]
    public async Task A_purchase_brings_a_customer_at_risk_back()
    {
        var customer = await CustomerAsync(LifecycleStage.AtRisk);

        await OrderAsync(customer.Id, "2025-04-01");

        Assert.Equal(LifecycleStage.Customer, await StageAsync(customer.Id));
        Assert.Equal(["purchased on 2025-04-01 after being at risk"], (await MovesAsync(customer.Id)).Select(m => m.Reason));
    }

    private sealed record AuditRow(string Message, string UserName, string? Reason, JsonElement? After);
}
