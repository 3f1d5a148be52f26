using System.Net;
using System.Net.Http.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Modules;

/// <summary>Modules switched on and off over HTTP at run time, with no restart.</summary>
public sealed class ModuleSwitchTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder()
        .Add("base")
        .Add("addon", dependencies: new() { ["base"] = "^1.0.0" })
        .Add("extra", dependencies: new() { ["addon"] = "^1.0.0" })
        .AddBuiltIns();
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
    }

    [Fact]
    public async Task A_disabled_module_answers_404_and_keeps_its_data()
    {
        var customer = await (await host.Client.Post("/api/customers", new { name = "Wang Fang" })).As<CustomerRecord>();
        var created = await host.Client.PostAsJsonAsync("/api/notes", new { subject = $"customer:{customer.Id}", text = "called, wants a quote" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/notes/disable")).StatusCode);
        var off = await host.Client.GetAsync($"/api/notes?subject=customer:{customer.Id}");
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        Assert.Equal("application/problem+json", off.Content.Headers.ContentType?.MediaType);
        Assert.Equal("disabled", (await host.PluginAsync("notes")).State);

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/notes/enable")).StatusCode);
        var notes = await host.Client.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/notes?subject=customer:{customer.Id}");
        Assert.Equal("called, wants a quote", Assert.Single(notes!)["text"].ToString());
    }

    [Fact]
    public async Task Disabling_a_module_that_an_enabled_module_needs_is_refused()
    {
        var response = await host.PostAsync("/api/plugins/base/disable");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadAsync<Problem>();
        Assert.Equal("cannot disable 'base': enabled modules need it: 'addon', 'extra'; disable them first or ask for a cascade", problem.Detail);
        Assert.Equal("enabled", (await host.PluginAsync("base")).State);
    }

    [Fact]
    public async Task A_cascade_disables_every_module_downstream()
    {
        var response = await host.PostAsync("/api/plugins/base/disable?cascade=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var states = (await host.PluginsAsync()).ToDictionary(p => p.Id, p => p.State);
        Assert.Equal(("disabled", "disabled", "disabled", "enabled"), (states["base"], states["addon"], states["extra"], states["notes"]));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/extra/echo")).StatusCode);
    }

    [Fact]
    public async Task Enabling_a_module_whose_dependency_is_disabled_is_refused()
    {
        await host.PostAsync("/api/plugins/addon/disable?cascade=true");

        var response = await host.PostAsync("/api/plugins/extra/enable");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cannot enable 'extra': it needs 'addon', which is disabled; enable it first", (await response.ReadAsync<Problem>()).Detail);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/addon/enable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/extra/enable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/extra/echo")).StatusCode);
    }

    [Fact]
    public async Task Switching_an_unknown_module_is_a_404_problem()
    {
        var response = await host.PostAsync("/api/plugins/ghost/enable");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no plugin with id 'ghost' is installed", (await response.ReadAsync<Problem>()).Detail);
    }

    [Fact]
    public async Task The_switch_is_stored_so_a_restarted_host_keeps_it()
    {
        using var data = new TempFolder();
        await using (var first = await CrmTestHost.StartAsync(o => { o.PluginsDirectory = plugins.Path; o.DataDirectory = data.Path; }))
            await first.PostAsync("/api/plugins/notes/disable");

        await using var second = await CrmTestHost.StartAsync(o => { o.PluginsDirectory = plugins.Path; o.DataDirectory = data.Path; });
        Assert.Equal("disabled", (await second.PluginAsync("notes")).State);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync("/api/notes")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_switches_of_one_module_all_succeed()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostAsync("/api/plugins/notes/disable")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("disabled", (await host.PluginAsync("notes")).State);
    }
}
