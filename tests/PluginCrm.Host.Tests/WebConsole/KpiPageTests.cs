using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Tests.Demo;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// The managers' KPI screen on the generated demo: each table's figures are the API's for the same query, written as
/// the page writes them (money to cents, rates to a tenth of a percent, in English); a rep gets its own figures, no
/// menu entry, and the API's reason where the API refuses.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed partial class KpiPageTests(DemoHost demo)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private Uri Address => demo.Host.Client.BaseAddress!;

    private string Query
    {
        get
        {
            var today = DateOnly.FromDateTime(demo.Host.Clock.GetUtcNow().UtcDateTime);
            var month = new DateOnly(today.Year, today.Month, 1);
            return $"from={month.AddMonths(-12):yyyy-MM-dd}&to={month.AddMonths(1):yyyy-MM-dd}&by=month";
        }
    }

    [Fact]
    public async Task The_managers_screen_shows_the_apis_figures_for_the_same_query()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(DemoStaff.Manager);
        using var api = await ApiAsync(DemoStaff.Manager);

        var page = WebUtility.HtmlDecode(await session.PageAsync($"/kpis?{Query}"));
        var funnel = await api.GetFromJsonAsync<JsonElement>($"/api/kpis/funnel?{Query}");
        var ordersReport = await api.GetFromJsonAsync<JsonElement>($"/api/kpis/orders?{Query}");
        var orders = ordersReport.GetProperty("total");
        var sales = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/sales?{Query}")).GetProperty("total");
        var retention = await api.GetFromJsonAsync<JsonElement>($"/api/kpis/retention?{Query}");
        var conversion = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/conversion?{Query}")).GetProperty("total");
        var acquisition = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/acquisition?{Query}")).GetProperty("total");

        Assert.Contains("href=\"/kpis\"", page);
        Assert.Equal([Money(orders, "revenue"), Count(orders, "orders"), Money(orders, "averageOrderValue"), Count(orders, "customers"), Rate(orders, "repeatPurchaseRate"), Count(orders, "newCustomers")],
            AllRow(page, "kpi-orders"));
        Assert.Equal([Count(sales, "won"), Count(sales, "lost"), Rate(sales, "winRate"), Money(sales, "revenue")], AllRow(page, "kpi-sales"));
        Assert.Equal([Count(conversion, "leads"), Count(conversion, "converted"), Rate(conversion, "conversionRate")], AllRow(page, "kpi-conversion"));
        Assert.Equal([Count(acquisition, "newCustomers"), Money(acquisition, "spend"), Money(acquisition, "costPerNewCustomer")], AllRow(page, "kpi-acquisition"));
        var total = retention.GetProperty("total");
        Assert.Equal([Count(total, "customersAtStart"), Count(total, "lost"), Rate(total, "churnRate"), Rate(total, "retentionRate")], AllRow(page, "kpi-retention"));
        Assert.Equal(retention.GetProperty("series").GetArrayLength(), Rows(Table(page, "kpi-retention-series")).Count);
        foreach (var stage in funnel.GetProperty("total").GetProperty("stages").EnumerateArray())
        {
            var name = Capitalised(stage.GetProperty("stage").GetString()!);
            Assert.Contains($"<tr><th scope=\"row\">{name}</th><td>{Count(stage, "current")}</td><td>{Count(stage, "reached")}</td><td>{Rate(stage, "conversion")}</td></tr>",
                Table(page, "kpi-funnel-stages"));
        }
        // Every team and rep row the API has, and no other.
        Assert.Equal(1 + ordersReport.GetProperty("byTeam").GetArrayLength() + ordersReport.GetProperty("byRep").GetArrayLength(), Rows(Table(page, "kpi-orders")).Count);
        Assert.True(ChartDiv().Count(page) >= 4, "a chart beside the funnel, revenue, churn and each module's tables");
    }

    [Fact]
    public async Task Narrowed_to_one_rep_the_screen_shows_the_apis_figures_for_that_rep()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(DemoStaff.Manager);
        using var api = await ApiAsync(DemoStaff.Manager);
        var rep = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/orders?{Query}")).GetProperty("byRep").EnumerateArray()
            .First(r => r.GetProperty("ownerId").ValueKind == JsonValueKind.Number).GetProperty("ownerId").GetInt64();

        var page = WebUtility.HtmlDecode(await session.PageAsync($"/kpis?{Query}&ownerId={rep}"));
        var orders = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/orders?{Query}&ownerId={rep}")).GetProperty("total");
        var sales = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/sales?{Query}&ownerId={rep}")).GetProperty("total");

        Assert.Contains($"<option value=\"{rep}\" selected>", page);
        Assert.Equal([Money(orders, "revenue"), Count(orders, "orders"), Money(orders, "averageOrderValue"), Count(orders, "customers"), Rate(orders, "repeatPurchaseRate"), Count(orders, "newCustomers")],
            AllRow(page, "kpi-orders"));
        Assert.Equal([Count(sales, "won"), Count(sales, "lost"), Rate(sales, "winRate"), Money(sales, "revenue")], AllRow(page, "kpi-sales"));
    }

    [Fact]
    public async Task The_modules_widgets_are_the_modules_answers_for_the_same_period()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(DemoStaff.Manager);
        using var api = await ApiAsync(DemoStaff.Manager);
        var period = string.Join('&', Query.Split('&').Take(2)); // from and to: what the acquisition widgets take

        var page = WebUtility.HtmlDecode(await session.PageAsync($"/kpis?{Query}"));
        var value = await api.GetFromJsonAsync<JsonElement>("/api/value-scoring/kpis");
        var cost = await api.GetFromJsonAsync<JsonElement>($"/api/value-scoring/kpis/acquisition?{period}");
        var stats = await api.GetFromJsonAsync<JsonElement>("/api/feedback/complaints/stats");
        var scores = (await api.GetFromJsonAsync<JsonElement>($"/api/feedback/scores?{period}")).GetProperty("total");

        foreach (var (widget, groups) in new[] { ("rfm", "segments"), ("abc", "classes") })
        {
            var expected = value.GetProperty(groups).EnumerateArray()
                .Select(g => new[] { g.GetProperty("name").GetString()!, Count(g, "customers"), g.GetProperty("valueShare").GetDecimal().ToString("#,0.##", English) });
            Assert.Equal(expected, Rows(WidgetTable(page, "value-scoring", widget)).Select(r => Cells(r).ToArray()));
        }
        var deciles = value.GetProperty("clv").GetProperty("deciles").EnumerateArray().ToList();
        Assert.Equal(deciles.Count, Rows(WidgetTable(page, "value-scoring", "clv")).Count);
        Assert.Equal(Money(deciles[^1], "total"), Cells(Rows(WidgetTable(page, "value-scoring", "clv"))[^1])[^1]);
        Assert.Equal(Count(value, "warnings"), Figure(page, "value-scoring", "warnings"));
        Assert.Equal(Money(cost, "averageClv"), Figure(page, "value-scoring", "new-clv"));
        Assert.Equal(Money(cost, "acquisitionCost"), Figure(page, "value-scoring", "new-cost"));
        Assert.Equal(Count(stats.GetProperty("overdue"), "resolution"), Figure(page, "feedback", "overdue"));
        Assert.Equal(scores.GetProperty("nps").GetDecimal().ToString("#,0.##", English), Figure(page, "feedback", "nps"));
        Assert.Equal(scores.GetProperty("csat").GetDecimal().ToString("#,0.##", English), Figure(page, "feedback", "csat"));
        Assert.Contains("class=\"chart\"", Widget(page, "feedback", "nps-trend"));
        var ages = stats.GetProperty("openByAge");
        Assert.Equal([Count(ages, "underOneDay"), Count(ages, "oneToThreeDays"), Count(ages, "threeToSevenDays"), Count(ages, "overSevenDays")],
            Rows(WidgetTable(page, "feedback", "open-by-age")).Select(r => Cells(r).Single()));
    }

    [Fact]
    public async Task A_module_switched_off_takes_its_widgets_off_the_screen()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(DemoStaff.Admin);
        using var admin = await ApiAsync(DemoStaff.Admin);

        var before = await session.PageAsync($"/kpis?{Query}");
        using (var off = await admin.PostAsync("/api/plugins/value-scoring/disable", null))
            Assert.True(off.IsSuccessStatusCode, await off.Content.ReadAsStringAsync());
        string after;
        try
        {
            after = await session.PageAsync($"/kpis?{Query}");
        }
        finally
        {
            using var on = await admin.PostAsync("/api/plugins/value-scoring/enable", null);
            Assert.True(on.IsSuccessStatusCode, await on.Content.ReadAsStringAsync());
        }

        Assert.Contains("widget-value-scoring-clv", before);
        Assert.DoesNotContain("widget-value-scoring-", after);
        Assert.Contains("widget-feedback-open-by-age", after);
    }

    [Fact]
    public async Task A_rep_has_no_menu_entry_sees_only_its_own_figures_and_the_apis_refusal()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(DemoStaff.Rep);
        using var api = await ApiAsync(DemoStaff.Rep);

        var day = await session.PageAsync("/");
        var page = WebUtility.HtmlDecode(await session.PageAsync($"/kpis?{Query}"));
        var orders = await api.GetFromJsonAsync<JsonElement>($"/api/kpis/orders?{Query}");
        var acquisition = (await api.GetFromJsonAsync<JsonElement>($"/api/kpis/acquisition?{Query}")).GetProperty("total");
        var end = Query.Split('&')[1]; // to=...
        using var refused = await api.GetAsync($"/api/kpis/retention?{end}");
        var withoutStart = WebUtility.HtmlDecode(await session.PageAsync($"/kpis?{end}"));
        var reason = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

        Assert.DoesNotContain("href=\"/kpis\"", day);
        Assert.Contains("href=\"/kpis\"", await AdminsDayAsync());
        var rep = Assert.Single(orders.GetProperty("byRep").EnumerateArray());
        Assert.Equal([Money(orders.GetProperty("total"), "revenue"), Count(orders.GetProperty("total"), "orders")], AllRow(page, "kpi-orders").Take(2));
        Assert.Equal(2 + orders.GetProperty("byTeam").GetArrayLength(), Rows(Table(page, "kpi-orders")).Count);
        Assert.Contains(rep.GetProperty("name").GetString()!, Table(page, "kpi-orders"));
        Assert.DoesNotContain("王芳", Table(page, "kpi-orders"));
        // Spend is not defined for a rep: the API says null, the screen a dash, never a number.
        Assert.Equal(JsonValueKind.Null, acquisition.GetProperty("spend").ValueKind);
        Assert.Equal("–", AllRow(page, "kpi-acquisition")[1]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("role=\"alert\"", withoutStart);
        Assert.Contains(reason, withoutStart);
    }

    private async Task<string> AdminsDayAsync()
    {
        using var admin = new ConsoleSession(Address);
        await admin.SignInAsync(DemoStaff.Admin);
        return await admin.PageAsync("/");
    }

    private async Task<HttpClient> ApiAsync(string email)
    {
        using var anonymous = demo.Host.AnonymousClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "demo-password" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    // The page's figures as the test writes the API's: its own formatting, not the page's code.
    private static string Count(JsonElement figures, string name) => figures.GetProperty(name).GetInt32().ToString("N0", English);

    private static string Money(JsonElement figures, string name) =>
        figures.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDecimal().ToString("N2", English) : "–";

    private static string Rate(JsonElement figures, string name) =>
        figures.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDecimal().ToString("P1", English) : "–";

    private static string Capitalised(string stage) => char.ToUpperInvariant(stage[0]) + stage[1..];

    private static string Table(string page, string id) => Regex.Match(page, $"<table id=\"{id}\">(.*?)</table>", RegexOptions.Singleline) is { Success: true } m
        ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException($"no table {id} on the page");

    private static List<string> Rows(string table) =>
        Regex.Matches(Regex.Match(table, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();

    private static List<string> Cells(string row) => Regex.Matches(row, @"<td>\s*(.*?)\s*</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    private static string Widget(string page, string plugin, string key) =>
        Regex.Match(page, $"<section class=\"widget\" aria-labelledby=\"widget-{plugin}-{key}\">(.*?)</section>", RegexOptions.Singleline) is { Success: true } m
            ? m.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"no widget {plugin}/{key} on the page");

    private static string WidgetTable(string page, string plugin, string key) =>
        Regex.Match(Widget(page, plugin, key), "<table>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value is { Length: > 0 } table
            ? (table.Contains("<tbody>") ? table : $"<tbody>{table}</tbody>")
            : throw new Xunit.Sdk.XunitException($"widget {plugin}/{key} has no table");

    private static string Figure(string page, string plugin, string key) =>
        Regex.Match(Widget(page, plugin, key), "<p class=\"figure\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;

    private static List<string> AllRow(string page, string table) => Cells(Rows(Table(page, table))[0]);

    [GeneratedRegex("<div class=\"chart\" role=\"img\" aria-label=\"[^\"]+\" data-chart=\"\\{")]
    private static partial Regex ChartDiv();
}
