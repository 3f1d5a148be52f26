using System.Net;
using System.Text;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Http;

/// <summary>A request the endpoint cannot bind is a 400 problem naming the field and what it must hold.</summary>
public sealed class BindingProblemTests(BuiltInHost shared) : IClassFixture<BuiltInHost>
{
    private readonly HttpClient client = shared.Host.Client;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("teamId", "\"abc\"", "must be a whole number")]
    [InlineData("name", "5", "must be text")]
    [InlineData("consentToContact", "\"yes\"", "must be true or false")]
    [InlineData("birthday", "\"soon\"", "must be a date such as 2026-01-31")]
    [InlineData("tags", "\"vip\"", "must be a list")]
    public async Task A_customer_field_of_the_wrong_type_is_named_with_what_it_must_hold(string field, string value, string expected)
    {
        var response = await client.PostAsync("/api/customers", Json($$"""{ "{{field}}": {{value}} }"""));

        Assert.Equal(expected, await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field));
    }

    [Fact]
    public async Task A_kind_that_does_not_exist_lists_the_kinds_there_are()
    {
        var response = await client.PostAsync("/api/customers", Json("""{ "name": "Ada", "kind": "alien" }"""));

        Assert.Equal("must be one of: person, companyContact", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "kind"));
    }

    [Theory]
    [InlineData("""{ "number": "A-1", "lines": [{ "description": "tea", "quantity": "two", "unitPrice": 3 }] }""", "lines[0].quantity", "must be a number")]
    [InlineData("""{ "lines": [{ "quantity": 1 }, { "productId": true }] }""", "lines[1].productId", "must be a whole number")]
    [InlineData("""{ "orderedUtc": "yesterday" }""", "orderedUtc", "must be a date and time such as 2026-01-31T09:00:00Z")]
    [InlineData("""{ "lines": 5 }""", "lines", "must be a list")]
    [InlineData("""{ "lines": [5] }""", "lines[0]", "must be an object")]
    public async Task An_order_field_of_the_wrong_type_is_named_down_to_the_line(string body, string field, string expected)
    {
        var response = await client.PostAsync("/api/orders", Json(body));

        Assert.Equal(expected, await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field));
    }

    [Fact]
    public async Task Malformed_json_says_where_it_stops_and_in_which_field()
    {
        var response = await client.PostAsync("/api/customers", Json("{ \"name\": \"Ada\",\n  \"teamId\": tru }"));

        var message = await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "teamId");
        Assert.StartsWith("is not valid JSON at line 2, position 16:", message); // where the reader gave up: just after "tru"
        Assert.Contains("'true'", message);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_is_named_as_the_body()
    {
        var response = await client.PostAsync("/api/customers", Json("[1, 2]"));

        Assert.Equal("must be an object", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "body"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_missing_body_is_required_as_a_json_object(string? body)
    {
        var response = await client.PostAsync("/api/customers", body is null ? null : Json(body));

        Assert.Equal("is required: send a JSON object", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "body"));
    }

    [Fact]
    public async Task An_update_reads_its_body_as_a_create_does()
    {
        var response = await client.PutAsync("/api/customers/1", Json("""{ "name": "Ada", "teamId": "abc" }"""));

        Assert.Equal("must be a whole number", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "teamId"));
    }

    [Theory]
    [InlineData("POST", "/api/customers")]
    [InlineData("PUT", "/api/customers/1")]
    public async Task A_body_of_another_media_type_is_a_415_problem(string method, string path)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("""{ "name": "Ada" }""", Encoding.UTF8, "text/plain"),
        });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_query_parameter_that_does_not_parse_is_named()
    {
        var response = await client.DeleteAsync("/api/customers/1?purge=maybe");

        Assert.Equal("must be true or false", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "purge"));
    }

    [Fact]
    public async Task A_plugin_setting_of_the_wrong_type_is_named_with_what_it_must_hold()
    {
        var response = await client.PutAsync("/api/plugins/notes/settings", Json("""{ "maxLength": "long" }"""));

        Assert.Equal("must be a whole number", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "maxLength"));
    }
}
