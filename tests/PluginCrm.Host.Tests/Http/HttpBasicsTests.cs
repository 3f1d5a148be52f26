using System.Net;
using System.Net.Http.Json;
using System.Text;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Http;

public sealed class HttpBasicsTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task Health_answers_without_anything_else_running()
    {
        var health = await host.Client.GetFromJsonAsync<Dictionary<string, object>>("/health");

        Assert.Equal("healthy", health!["status"].ToString());
    }

    [Fact]
    public async Task Unknown_routes_are_problem_details_carrying_the_callers_correlation_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
        request.Headers.Add("X-Correlation-Id", "order-4711");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("order-4711", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("order-4711", (await response.ReadAsync<Problem>()).CorrelationId);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_that_says_what_is_wrong()
    {
        var response = await host.Client.PostAsync("/api/notes", new StringContent("{\"subject\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<Problem>();
        Assert.Contains("could not be read", problem.Title);
        Assert.Contains("is not valid JSON at line 1, position 13", problem.Detail);
    }

    [Fact]
    public async Task Requests_of_a_plugin_are_logged_with_its_id_and_the_correlation_id()
    {
        using var data = new TempFolder();
        await using (var logged = await CrmTestHost.StartAsync(o => { o.PluginsDirectory = TestPaths.BuiltInPlugins; o.DataDirectory = data.Path; }))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notes");
            request.Headers.Add("X-Correlation-Id", "trace-me-42");
            Assert.Equal(HttpStatusCode.OK, (await logged.Client.SendAsync(request)).StatusCode);
        } // stopping the host flushes and closes the log file

        var lines = await File.ReadAllLinesAsync(Directory.GetFiles(Path.Combine(data.Path, "logs")).Single());
        Assert.Contains(lines, l => l.Contains(" notes trace-me-42 ") && l.Contains("HTTP GET /api/notes responded 200"));
    }

    [Fact]
    public async Task An_upgrade_preflight_over_http_names_what_would_break()
    {
        var report = await host.Client.GetFromJsonAsync<Preflight>("/api/plugins/check?sdk=3.0.0");

        var notes = report!.Plugins.Single(p => p.Id == "notes");
        Assert.False(notes.Compatible);
        Assert.Equal("built for SDK ^2.0.0, but this host provides SDK 3.0.0", notes.Reason);
        Assert.Null(notes.Missing); // another SDK's types are not here to check against
        var current = await host.Client.GetFromJsonAsync<Preflight>("/api/plugins/check");
        Assert.Equal(new List<string>(), current!.Plugins.Single(p => p.Id == "notes").Missing);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/plugins/check?sdk=two")).StatusCode);
    }

    private sealed record Preflight(string Sdk, List<PreflightRow> Plugins);

    private sealed record PreflightRow(string Id, bool Compatible, string? Reason, List<string>? Missing);

    [Fact]
    public async Task The_openapi_document_describes_the_core_records()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/customers", "/api/customers/{id}", "/api/deals", "/api/orders", "/api/auth/sign-in", "/api/plugins" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/openapi/v1.json")).StatusCode);
    }
}
