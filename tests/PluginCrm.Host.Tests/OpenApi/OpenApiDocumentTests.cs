using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PluginCrm.Host.Records;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.OpenApi;

/// <summary>
/// What an integrator's linter and client generator need from /openapi/v1.json, checked without node so a regression
/// shows in the plain test run (OpenApiClientTests runs the real tools).
/// </summary>
public sealed partial class OpenApiDocumentTests(BuiltInHost fixture) : IClassFixture<BuiltInHost>
{
    [Fact]
    public async Task Every_operation_has_a_unique_readable_id_a_summary_a_described_tag_and_a_typed_success()
    {
        var document = await DocumentAsync();
        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        var ids = new HashSet<string>();
        var operations = Operations(document).ToList();

        Assert.True(operations.Count > 150, $"only {operations.Count} operations: are the built-in plugins' endpoints missing?");
        foreach (var (name, operation) in operations)
        {
            var id = (string?)operation["operationId"];
            Assert.True(id is not null && CamelCase().IsMatch(id), $"{name}: operationId '{id}' is not camelCase");
            Assert.True(ids.Add(id), $"{name}: operationId '{id}' is used twice");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{name} has no summary");
            var tag = (string?)operation["tags"]?.AsArray().Single();
            Assert.True(tag is not null && !string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag)), $"{name}: tag '{tag}' is not declared with a description");
            Assert.True(HasTypedSuccess(operation), $"{name} has no typed 2xx body (nor a 204)");
        }
    }

    [Fact]
    public async Task The_customer_list_offers_the_filters_the_list_accepts_and_its_sort_keys()
    {
        var list = (await DocumentAsync())["paths"]!["/api/customers"]!["get"]!;
        var parameters = list["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => p!);

        foreach (var filter in CoreRecords.Customers.FiltersAt(DateTime.UnixEpoch).Keys)
            Assert.True(parameters.ContainsKey(filter), $"filter '{filter}' is not a parameter of GET /api/customers");
        foreach (var paging in new[] { "page", "pageSize", "sort", "includeDeleted" })
            Assert.True(parameters.ContainsKey(paging), $"'{paging}' is not a parameter of GET /api/customers");
        var sorts = parameters["sort"]["schema"]!["enum"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Contains("-name", sorts);
        Assert.Contains("id", sorts);
    }

    [Fact]
    public async Task Security_roles_versions_and_problems_are_described_where_they_apply()
    {
        var paths = (await DocumentAsync())["paths"]!;

        Assert.Empty(paths["/api/auth/sign-in"]!["post"]!["security"]!.AsArray());
        Assert.Empty(paths["/health"]!["get"]!["security"]!.AsArray());
        Assert.Contains("429", Responses(paths["/api/auth/sign-in"]!["post"]!));
        var users = paths["/api/users"]!["get"]!;
        Assert.Equal(["admin"], users["x-crm-roles"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(2, users["security"]!.AsArray().Count);
        Assert.Contains("403", Responses(users));

        var update = paths["/api/customers/{id}"]!["put"]!;
        Assert.Contains(update["parameters"]!.AsArray(), p => (string)p!["name"]! == "If-Match" && (string)p["in"]! == "header");
        Assert.True(update["responses"]!["200"]!["headers"]!["ETag"] is not null, "PUT /api/customers/{id} does not describe its ETag");
        foreach (var status in new[] { "400", "401", "403", "404", "409", "412", "422", "428" })
            Assert.Equal("#/components/schemas/" + (status is "400" or "422" ? "HttpValidationProblemDetails" : "ProblemDetails"),
                (string?)update["responses"]![status]?["content"]?["application/problem+json"]?["schema"]?["$ref"]);
        Assert.True(paths["/api/customers/{id}"]!["get"]!["responses"]!["200"]!["headers"]!["ETag"] is not null, "a read does not describe its ETag");
    }

    private async Task<JsonObject> DocumentAsync() => (await fixture.Host.Client.Get<JsonObject>("/openapi/v1.json"));

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select ($"{operation.Key} {path.Key}", operation.Value!);

    private static IEnumerable<string> Responses(JsonNode operation) => operation["responses"]!.AsObject().Select(r => r.Key);

    private static bool HasTypedSuccess(JsonNode operation) =>
        operation["responses"]!.AsObject().Any(r => r.Key == "204" || (r.Key.StartsWith('2') && r.Value!["content"]?.AsObject().Any(c => c.Value!["schema"] is not null) == true));

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}
