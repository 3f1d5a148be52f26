using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// API keys limited as an integrator needs them: to some areas and to reading or writing, to a team, to a date, to a
/// rate. A key scoped to reading customers is refused every other endpoint the host and its plugins map.
/// </summary>
public sealed class ScopedApiKeyTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private readonly HttpClient admin = shared.Host.Client;

    private async Task<HttpClient> KeyAsync(object request)
    {
        var created = await (await admin.PostAsJsonAsync("/api/apikeys", request)).As<JsonElement>();
        var client = shared.Host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("key").GetString());
        return client;
    }

    [Fact]
    public async Task A_key_that_reads_customers_is_refused_every_other_endpoint()
    {
        var key = await KeyAsync(new { name = "warehouse", role = "admin", scopes = new[] { "customers:read" } });
        var customer = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Scoped Reader" })).As<JsonElement>()).GetProperty("id").GetInt64();
        var endpoints = shared.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern,
                Form: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Any(t => t.Contains("form")) == true)))
            .ToList();
        var wrong = new List<string>();

        foreach (var (method, route, form) in endpoints)
        {
            // Each parameter as its constraint wants it, so the call reaches the endpoint rather than routing's 404.
            var path = "/" + string.Join('/', route.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(c => c.Content == "guid") => Guid.Empty.ToString(),
                RoutePatternParameterPart parameter when parameter.ParameterPolicies.Count > 0 => customer.ToString(),
                RoutePatternParameterPart => "x",
                _ => "",
            }))));
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT" or "PATCH")
                request.Content = form ? new FormUrlEncodedContent([]) : JsonContent.Create(new { });
            using var response = await key.SendAsync(request);
            var inScope = (route.RawText!.TrimStart('/').StartsWith("api/customers", StringComparison.Ordinal) && method == "GET")
                          || route.RawText!.TrimStart('/') == "api/auth/me";
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                          && (await response.Content.ReadAsStringAsync()).Contains("this API key is limited to customers:read", StringComparison.Ordinal);
            if (inScope == refused || (inScope && (int)response.StatusCode >= 500))
                wrong.Add($"{method} {path}: {(int)response.StatusCode}");
        }

        Assert.True(endpoints.Count > 150, $"only {endpoints.Count} endpoints");
        Assert.Empty(wrong);
        Assert.Equal("Scoped Reader", (await key.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_website_forms_key_posts_leads_once_per_idempotency_key_reads_nothing_and_is_held_to_its_rate()
    {
        var form = await KeyAsync(new { name = "website form", role = "admin", scopes = new[] { "leads:write" }, requestsPerMinute = 4 });
        HttpRequestMessage Post(string idempotencyKey) => new(HttpMethod.Post, "/api/leads")
        {
            Content = JsonContent.Create(new { name = "Form Lead Once", email = $"{idempotencyKey}@example.test", source = "web" }),
            Headers = { { "Idempotency-Key", idempotencyKey } },
        };

        var first = await form.SendAsync(Post("form-submission-1"));
        var retry = await form.SendAsync(Post("form-submission-1"));
        var read = await form.GetAsync("/api/leads");
        var second = await form.SendAsync(Post("form-submission-2"));
        var fifth = await form.SendAsync(Post("form-submission-3"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Created),
            (first.StatusCode, retry.StatusCode, read.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.True(int.Parse(fifth.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Contains("this API key may make 4 requests a minute", await fifth.Content.ReadAsStringAsync());
        var leads = await admin.GetFromJsonAsync<JsonElement>("/api/leads?q=Form%20Lead%20Once");
        Assert.Equal(2, leads.GetProperty("total").GetInt32()); // submissions 1 (sent twice) and 2; the fifth call of the minute was refused
    }

    [Fact]
    public async Task A_shops_key_posts_its_customer_and_an_order_once_per_idempotency_key()
    {
        var shop = await KeyAsync(new { name = "shop", role = "admin", scopes = new[] { "customers:write", "orders:write" } });
        var number = $"SHOP-{Guid.NewGuid():N}"[..20];
        var customer = await IdOfAsync(await shop.PostAsJsonAsync("/api/customers", new { name = "Shop Buyer", email = $"{number}@example.test" }));
        HttpRequestMessage Order() => new(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new { number, customerId = customer, orderedUtc = "2026-01-05T08:00:00Z", currency = "CNY", lines = new[] { new { description = "tea", quantity = 2, unitPrice = 19.9m } } }),
            Headers = { { "Idempotency-Key", $"order-{number}" } },
        };

        var first = await shop.SendAsync(Order());
        var retry = await shop.SendAsync(Order());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await shop.GetAsync("/api/orders")).StatusCode);
        var orders = await admin.GetFromJsonAsync<JsonElement>($"/api/orders?customerId={customer}");
        Assert.Equal(1, orders.GetProperty("total").GetInt32());
    }

    private static async Task<long> IdOfAsync(HttpResponseMessage response) => (await response.As<JsonElement>()).GetProperty("id").GetInt64();

    [Fact]
    public async Task A_team_key_reaches_its_teams_records_only_and_a_key_stops_at_its_expiry()
    {
        var teamA = await shared.Host.CreateTeamAsync($"Keys A {Guid.NewGuid():N}"[..20]);
        var teamB = await shared.Host.CreateTeamAsync($"Keys B {Guid.NewGuid():N}"[..20]);
        var (repA, _) = await shared.Host.SignedInUserAsync($"keys.a.{Guid.NewGuid():N}@example.test", CrmRole.Rep, teamA);
        var (repB, _) = await shared.Host.SignedInUserAsync($"keys.b.{Guid.NewGuid():N}@example.test", CrmRole.Rep, teamB);
        var ofA = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Team A's", ownerId = repA.Id })).As<JsonElement>()).GetProperty("id").GetInt64();
        var ofB = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Team B's", ownerId = repB.Id })).As<JsonElement>()).GetProperty("id").GetInt64();
        var expires = shared.Host.Clock.GetUtcNow().AddDays(1).UtcDateTime;
        var keyB = await KeyAsync(new { name = "team B's shop", role = "manager", teamId = teamB, expiresUtc = expires });

        Assert.Equal(HttpStatusCode.OK, (await keyB.GetAsync($"/api/customers/{ofB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await keyB.GetAsync($"/api/customers/{ofA}")).StatusCode);
        var listed = await keyB.GetFromJsonAsync<JsonElement>("/api/customers?pageSize=500");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == ofA);

        shared.Host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyB.GetAsync($"/api/customers/{ofB}")).StatusCode);
    }

    [Fact]
    public async Task A_key_that_cannot_work_is_refused_naming_the_field()
    {
        Assert.Contains("'leads:delete' is not a scope", await (await admin.PostAsJsonAsync("/api/apikeys", new { name = "bad", role = "admin", scopes = new[] { "leads:write", "leads:delete" } }))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "scopes[1]"));
        Assert.Contains("role manager", await (await admin.PostAsJsonAsync("/api/apikeys", new { name = "bad", role = "admin", teamId = 1 }))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "teamId"));
        Assert.Equal("must be in the future", await (await admin.PostAsJsonAsync("/api/apikeys", new { name = "bad", role = "rep", expiresUtc = "2020-01-01T00:00:00Z" }))
            .AssertFieldProblemAsync(HttpStatusCode.BadRequest, "expiresUtc"));
        Assert.Contains("an API key has no inbox", await (await admin.GetAsync("/api/inbox")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "user"));
        var scopes = await admin.GetFromJsonAsync<string[]>("/api/apikeys/scopes");
        Assert.Contains("orders:write", scopes!);
        Assert.Contains("feedback:read", scopes!);
        Assert.DoesNotContain("auth:read", scopes!);
    }
}
