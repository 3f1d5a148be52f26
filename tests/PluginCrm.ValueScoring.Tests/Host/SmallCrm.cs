using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>Customers and orders made over the host's HTTP API, as a user or an integration would.</summary>
public static class SmallCrm
{
    /// <summary>A customer made by <paramref name="user"/> (owned by it), or by the admin key when left out.</summary>
    public static async Task<long> CustomerAsync(CrmTestHost host, string name, HttpClient? user = null)
    {
        var response = await (user ?? host.Client).PostAsJsonAsync("/api/customers", new { name });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    public static async Task<long> OrderAsync(CrmTestHost host, long customerId, string date, decimal amount)
    {
        var response = await host.Client.PostAsJsonAsync("/api/orders", new
        {
            number = $"T-{Guid.NewGuid():N}", customerId, orderedUtc = $"{date}T10:00:00Z", currency = "USD",
            lines = new[] { new { description = "goods", quantity = 1, unitPrice = amount } },
        });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> GetAsync(CrmTestHost host, string path) =>
        JsonDocument.Parse(await host.Client.GetStringAsync(path)).RootElement;

    public static async Task<long> RunAsync(CrmTestHost host, string asOf)
    {
        var response = await host.Client.PostAsJsonAsync("/api/value-scoring/runs", new { asOf });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }
}
