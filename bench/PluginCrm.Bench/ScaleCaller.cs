using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PluginCrm.Bench;

/// <summary>One signed-in user of the scale benchmark and the requests it sends, each by a name.</summary>
public sealed record ScaleCaller(string Name, HttpClient Client, IReadOnlyList<(string Name, string Uri)> Scenarios)
{
    /// <summary>Signs in as <paramref name="email"/> with the demo's password.</summary>
    public static async Task<HttpClient> SignInAsync(string address, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var session = await BenchHttp.EnsureAsync(await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "demo-password" }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    public const string Baseline = "GET customer";

    /// <summary>
    /// The customers list (first page and the middle one of what the caller sees), a search by a customer's name, e-mail and
    /// phone, its timeline, and each KPI report over last month by week, with <c>GET /api/customers/{id}</c> as the baseline.
    /// </summary>
    public static async Task<ScaleCaller> OfAsync(string name, HttpClient client, long customer, DateOnly today)
    {
        const int pageSize = 50;
        var total = (await BenchHttp.EnsureAsync(await client.GetAsync($"/api/customers?pageSize={pageSize}"))).GetProperty("total").GetInt32();
        var sample = await BenchHttp.EnsureAsync(await client.GetAsync($"/api/customers/{customer}"));
        string Q(string field) => Uri.EscapeDataString(sample.GetProperty(field).GetString()!);
        var deep = Math.Max(1, total / pageSize / 2);
        var to = new DateOnly(today.Year, today.Month, 1);
        var period = $"from={to.AddMonths(-1):yyyy-MM-dd}&to={to:yyyy-MM-dd}&by=week";
        List<(string, string)> scenarios =
        [
            (Baseline, $"/api/customers/{customer}"),
            ("list, first page", $"/api/customers?pageSize={pageSize}"),
            ($"list, page {deep:N0}", $"/api/customers?pageSize={pageSize}&page={deep}"),
            ("search by name", $"/api/customers?pageSize={pageSize}&q={Q("name")}"),
            ("search by e-mail", $"/api/customers?pageSize={pageSize}&q={Q("email")}"),
            ("search by phone", $"/api/customers?pageSize={pageSize}&q={Q("phone")}"),
            ("timeline", $"/api/customers/{customer}/timeline?pageSize={pageSize}"),
            .. new[] { "funnel", "sales", "orders", "retention", "conversion", "acquisition" }.Select(k => ($"KPI {k}", $"/api/kpis/{k}?{period}")),
        ];
        return new ScaleCaller(name, client, scenarios);
    }
}
