using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PluginCrm.Host.Tests.Demo;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// The console's pages rendered by a host with the generated demo, as a rep signs in with a cookie: they show what the
/// API shows that rep, in English or Chinese, and nothing without a session.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed partial class ConsolePageTests(DemoHost demo)
{
    private const string Rep = "li.wei@demo.example";

    private Uri Address => demo.Host.Client.BaseAddress!;

    [Fact]
    public async Task Without_a_session_a_page_sends_to_sign_in_and_the_api_still_answers_401()
    {
        using var session = new ConsoleSession(Address);

        using var page = await session.GetAsync("/customers?q=a");
        using var api = await session.GetAsync("/api/customers");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fcustomers%3Fq%3Da", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_gives_no_session()
    {
        using var session = new ConsoleSession(Address);

        using var refused = await session.SignInAsync("nobody@demo.example", "not-the-password");
        var shown = await session.PageAsync(refused.Headers.Location!.OriginalString);
        using var day = await session.GetAsync("/");

        Assert.Equal("/sign-in?error=wrong&returnUrl=%2F", refused.Headers.Location!.OriginalString);
        Assert.Contains("role=\"alert\"", shown);
        Assert.Contains("The e-mail or the password is wrong", shown);
        Assert.Equal(HttpStatusCode.Redirect, day.StatusCode);
    }

    [Fact]
    public async Task A_form_field_that_does_not_read_is_a_problem_naming_it()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);

        using var response = await session.PostFormAsync("/m/lead-assignment/pool", "/m/lead-assignment/pool/act", new() { ["action"] = "first", ["path"] = "/api/lead-assignment/pool" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'first' is not a whole number", problem.GetProperty("errors").GetProperty("action")[0].GetString());
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        using var http = new HttpClient { BaseAddress = Address };

        using var response = await http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = Rep, ["password"] = "demo-password" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("crm_session=")));
    }

    [Fact]
    public async Task Signed_in_a_rep_sees_the_day_the_api_gives_and_goes_back_where_they_were_going()
    {
        using var session = new ConsoleSession(Address);
        using var signedIn = await session.SignInAsync(Rep, returnUrl: "/customers");
        var page = await session.PageAsync("/");
        var day = await ApiAsync<JsonElement>(Rep, "/api/me/day");

        Assert.Equal("/customers", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("<h1>My day</h1>", page);
        foreach (var section in day.GetProperty("sections").EnumerateArray())
        {
            var key = section.GetProperty("key").GetString();
            var count = section.GetProperty("items").GetArrayLength();
            Assert.Matches($"id=\"day-{Regex.Escape(key!)}\">[^<]*<span class=\"count\">{count}</span>", page);
        }
        Assert.Contains("Overdue tasks", page);
        // A task opens the customer it is about (the console has no page of tasks).
        var task = day.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray())
            .First(i => i.GetProperty("record").GetString()!.StartsWith("task:") && i.GetProperty("relatedTo").GetString()?.StartsWith("customer:") == true);
        Assert.Contains($"<a href=\"/customers/{task.GetProperty("relatedTo").GetString()!["customer:".Length..]}\">{task.GetProperty("title").GetString()}</a>", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Customers_are_those_the_rep_may_see_and_a_customer_page_shows_its_timeline()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);
        var own = await ApiAsync<JsonElement>(Rep, "/api/customers?pageSize=1&sort=name");
        var total = own.GetProperty("total").GetInt32();
        var first = own.GetProperty("items")[0];
        var id = first.GetProperty("id").GetInt64();
        var name = first.GetProperty("name").GetString()!;
        var timeline = await ApiAsync<JsonElement>(Rep, $"/api/customers/{id}/timeline");
        var others = await ApiAsync<JsonElement>("oliver.bennett@demo.example", "/api/customers?pageSize=1");
        var someoneElses = others.GetProperty("items")[0].GetProperty("id").GetInt64();

        var list = await session.PageAsync("/customers");
        var searched = await session.PageAsync($"/customers?q={Uri.EscapeDataString(name)}");
        var customer = await session.PageAsync($"/customers/{id}");
        using var hidden = await session.GetAsync($"/customers/{someoneElses}");

        Assert.Contains($"{total} customers", list);
        Assert.Contains($"href=\"/customers/{id}\"", searched);
        Assert.Contains($"<h1>{name}</h1>", Decode(customer));
        Assert.Equal(timeline.GetProperty("items").GetArrayLength(), TimelineEntry().Matches(customer).Count);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Customers_and_leads_filter_as_the_api_filters_for_the_rep()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);
        var customers = (await ApiAsync<JsonElement>(Rep, "/api/customers?stage=customer&pageSize=1")).GetProperty("total").GetInt32();
        var leads = (await ApiAsync<JsonElement>(Rep, "/api/leads?pageSize=1")).GetProperty("total").GetInt32();
        var newLeads = (await ApiAsync<JsonElement>(Rep, "/api/leads?status=new&pageSize=1")).GetProperty("total").GetInt32();

        var stage = await session.PageAsync("/customers?stage=customer");
        var all = await session.PageAsync("/leads");
        var fresh = await session.PageAsync("/leads?status=new");
        var wrong = await session.PageAsync("/leads?status=sleeping");

        Assert.Contains($"{customers} customers", stage);
        Assert.Contains("value=\"customer\" selected", stage);
        Assert.Contains($"{leads} leads", all);
        Assert.Contains($"{newLeads} leads", fresh);
        Assert.Contains("role=\"alert\"", wrong);
        Assert.Contains("sleeping", wrong);
    }

    [Fact]
    public async Task A_query_value_that_does_not_parse_shows_the_page_as_if_it_were_not_given()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);
        var customers = (await ApiAsync<JsonElement>(Rep, "/api/customers?pageSize=1")).GetProperty("total").GetInt32();
        var leads = (await ApiAsync<JsonElement>(Rep, "/api/leads?pageSize=1")).GetProperty("total").GetInt32();

        // Blazor's binding of a bool or an int answered these with a 500.
        foreach (var path in new[] { "/customers?page=abc", "/customers?mine=maybe", "/customers?page=99999999999", "/customers?page=-2" })
            Assert.Contains($"{customers} customers", await session.PageAsync(path));
        foreach (var path in new[] { "/leads?page=abc", "/leads?mine=maybe" })
            Assert.Contains($"{leads} leads", await session.PageAsync(path));
        // A value that does parse still works: the rep's own are all the rep may see here.
        Assert.Contains("name=\"mine\" value=\"true\" checked", await session.PageAsync("/customers?mine=true"));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task Another_reps_customer_is_a_not_found_page_for_a_browser_and_the_api_stays_a_json_problem(string accept)
    {
        var others = (await ApiAsync<JsonElement>("oliver.bennett@demo.example", "/api/customers?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        using var anonymous = demo.Host.AnonymousClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = Rep, password = "demo-password" });
        using var browser = new HttpClient { BaseAddress = Address };
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        browser.DefaultRequestHeaders.Accept.ParseAdd(accept);

        using var page = await browser.GetAsync($"/customers/{others}");
        using var api = await browser.GetAsync($"/api/customers/{others}");

        // A request for HTML alone was a 500; with a browser's Accept the page was the raw JSON.
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>404 Not found</h1>", html);
        Assert.Contains("<a href=\"/\">", html);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("correlationId").GetString()));
    }

    [Fact]
    public async Task The_deals_board_shows_the_reps_open_deals_by_stage()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);

        var board = await session.PageAsync("/deals");

        foreach (var stage in new[] { "Lead", "Qualified", "Proposal", "Negotiation" })
        {
            var total = (await ApiAsync<JsonElement>(Rep, $"/api/deals?stage={stage}&pageSize=1")).GetProperty("total").GetInt32();
            Assert.Matches($"id=\"stage-{stage}\">{stage} <span class=\"count\">{total}</span>", board);
        }
        Assert.DoesNotContain("id=\"stage-Won\"", board);
    }

    [Fact]
    public async Task Switching_to_chinese_changes_every_label_follows_the_user_to_another_browser_and_back()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);
        using var otherBrowser = new ConsoleSession(Address);

        using var toChinese = await session.PostFormAsync("/", "/language", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" });
        var chinese = await session.PageAsync("/");
        await otherBrowser.SignInAsync(Rep);
        var elsewhere = await otherBrowser.PageAsync("/");
        using var toEnglish = await session.PostFormAsync("/", "/language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        var english = await session.PageAsync("/");
        using var thirdBrowser = new ConsoleSession(Address);
        await thirdBrowser.SignInAsync(Rep);

        Assert.Contains("<html lang=\"zh-CN\">", elsewhere);
        Assert.Contains("<h1>My day</h1>", await thirdBrowser.PageAsync("/"));

        Assert.Equal("/", toChinese.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"zh-CN\">", chinese);
        Assert.Contains("我的一天", Decode(chinese));
        Assert.Contains("逾期任务", Decode(chinese));
        Assert.DoesNotContain(">My day<", chinese);
        Assert.Contains("<h1>My day</h1>", english);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_every_copy_of_the_cookie()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);

        using var signedOut = await session.PostFormAsync("/", "/sign-out", []);
        using var after = await session.GetAsync("/");

        Assert.Equal("/sign-in", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_does_not_open_the_api()
    {
        // A page's cookie reaching the API from another site would be a forged request: the API takes bearer tokens only.
        using var signIn = await demo.Host.AnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email = Rep, password = "demo-password" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("Cookie", $"crm_session={token}");

        using var api = await http.GetAsync("/api/customers");
        using var page = await http.GetAsync("/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("/console/console.css", "text/css", "focus-visible")]
    [InlineData("/console/htmx.min.js", "text/javascript", "htmx")]
    [InlineData("/console/echarts.min.js", "text/javascript", "echarts")]
    [InlineData("/console/charts.js", "text/javascript", "data-chart")]
    public async Task The_console_serves_its_stylesheet_and_the_npm_packages_without_a_session(string path, string type, string content)
    {
        using var http = new HttpClient { BaseAddress = Address };

        using var response = await http.GetAsync(path);
        using var unknown = await http.GetAsync("/console/appsettings.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<T> ApiAsync<T>(string email, string path)
    {
        using var anonymous = demo.Host.AnonymousClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "demo-password" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await http.GetFromJsonAsync<T>(path))!;
    }

    // Razor writes non-ASCII as character references; the labels are compared as a reader sees them.
    [Fact]
    public async Task My_day_in_chinese_shows_the_modules_sections_and_each_items_detail_in_chinese()
    {
        using var session = new ConsoleSession(Address);
        await session.SignInAsync(Rep);
        using var toChinese = await session.PostFormAsync("/", "/language", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" });
        string chinese;
        try
        {
            chinese = Decode(await session.PageAsync("/"));
        }
        finally
        {
            using var toEnglish = await session.PostFormAsync("/", "/language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        }

        // The modules' titles and reasons come from their own translations; the host's task details from its labels.
        Assert.Contains("即将被收回公海的客户", chinese);
        Assert.Matches("\\d+ 天未跟进（自 \\d{4}-\\d\\d-\\d\\d 起）|获取后 \\d+ 天内未转化", chinese);
        Assert.Contains("我的未结投诉", chinese);
        Assert.Matches("(普通|高|低)优先级", chinese);
        foreach (var english in new[] { "no follow-up for", "not converted within", " priority", "by the deadline", "no response yet" })
            Assert.DoesNotContain(english, chinese);
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<span class=\"kind\">")]
    private static partial Regex TimelineEntry();
}
