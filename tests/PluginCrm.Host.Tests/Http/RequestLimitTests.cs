using System.Net;
using System.Text;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Http;

/// <summary>
/// A request over the API's size limits (8 KiB of URL, 32 KiB of headers, 1 MiB of body) is a problem saying which
/// limit, not Kestrel's bare status.
/// </summary>
public sealed class RequestLimitTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private readonly HttpClient client = shared.Host.Client;

    [Fact]
    public async Task A_20_KiB_query_string_is_a_414_problem()
    {
        var response = await client.GetAsync($"/api/customers?name={new string('a', 20 * 1024)}");

        var message = await response.AssertFieldProblemAsync(HttpStatusCode.RequestUriTooLong, "url");
        Assert.Equal("is 20 KiB; the path and query may be at most 8 KiB", message);
    }

    [Fact]
    public async Task A_40_KiB_header_is_a_431_problem_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/customers");
        request.Headers.Add("X-Filler", new string('a', 40 * 1024));

        var response = await client.SendAsync(request);

        var message = await response.AssertFieldProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, "X-Filler");
        Assert.StartsWith("is 40 KiB;", message);
        Assert.EndsWith("may be at most 32 KiB", message);
    }

    [Fact]
    public async Task A_body_over_1_MiB_is_a_413_problem()
    {
        // Expect: 100-continue, as a careful client sends a large body: the answer comes before the body is sent,
        // so the client reads it rather than a connection closed under its upload.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/customers")
        {
            Content = new StringContent($$"""{ "name": "{{new string('a', 2 * 1024 * 1024)}}" }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal("is 2 MiB; it may be at most 1 MiB", await response.AssertFieldProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body"));
    }

    [Fact]
    public async Task A_request_just_within_the_limits_is_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/health?pad={new string('a', 7 * 1024)}");
        request.Headers.Add("X-Filler", new string('a', 24 * 1024));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
