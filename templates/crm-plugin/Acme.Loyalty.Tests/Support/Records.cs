using System.Net.Http.Json;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace Acme.Loyalty.Tests.Support;

/// <summary>What points are earned on: customers, and orders of one line.</summary>
public static class Records
{
    /// <summary>A customer, created over the API by the admin the kit signs in.</summary>
    public static async Task<long> CustomerAsync(this CrmTestHost host, string name)
    {
        var response = await host.Client.PostAsJsonAsync("/api/customers", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>An order of <paramref name="total"/>, created through the pipeline as a user's save is, so the plugin's step runs.</summary>
    public static Task<OrderRecord> OrderAsync(this CrmTestHost host, long customerId, decimal total) =>
        host.CreateAsync(new OrderRecord(0, $"A-{Guid.NewGuid():N}", customerId, new DateTime(2025, 12, 1, 10, 0, 0, DateTimeKind.Utc), total, "EUR",
            [new OrderLineRecord(null, "Tea", 1, total)], default, default, 0));

    private sealed record Created(long Id);
}
