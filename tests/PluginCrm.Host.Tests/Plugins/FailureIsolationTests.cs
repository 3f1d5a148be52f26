using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>
/// Each broken plugin is a real assembly on disk beside a healthy one; the broken one is listed as failed
/// with its reason, and the healthy one still answers over HTTP.
/// </summary>
public sealed class FailureIsolationTests : IDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("healthy");

    public void Dispose() => plugins.Dispose();

    private async Task<string> ReasonAsync(string idOrFolder, Action<CrmTestHost>? alsoCheck = null)
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);
        var broken = await host.PluginAsync(idOrFolder);
        Assert.Equal("failed", broken.State);

        Assert.Equal("enabled", (await host.PluginAsync("healthy")).State);
        var echo = await host.Client.GetAsync("/api/healthy/echo");
        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);

        var log = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(host.DataDirectory, "logs")).Single());
        Assert.Contains($"left out: {broken.Reason}", log);
        alsoCheck?.Invoke(host);
        return broken.Reason!;
    }

    [Fact]
    public async Task Malformed_manifest_is_listed_by_its_folder_name()
    {
        plugins.AddRaw("broken-folder", "{ \"id\": \"broken\", ");

        Assert.Contains("plugin.json is not valid JSON", await ReasonAsync("broken-folder"));
    }

    [Fact]
    public async Task Sdk_range_the_host_does_not_satisfy()
    {
        plugins.Add("future", sdk: ">=3.0.0");

        var sdk = typeof(PluginCrm.Sdk.Plugins.ICrmPlugin).Assembly.GetName().Version!.ToString(3);
        Assert.Equal($"built for SDK >=3.0.0, but this host provides SDK {sdk}", await ReasonAsync("future"));
    }

    [Fact]
    public async Task Missing_dependency()
    {
        plugins.Add("needy", dependencies: new() { ["ghost"] = "^1.0.0" });

        Assert.Equal("needs 'ghost' ^1.0.0, which is not installed", await ReasonAsync("needy"));
    }

    [Fact]
    public async Task Dependency_cycle()
    {
        plugins.Add("chicken", dependencies: new() { ["egg"] = "^1.0.0" }).Add("egg", dependencies: new() { ["chicken"] = "^1.0.0" });

        Assert.Equal("dependency cycle: chicken -> egg -> chicken", await ReasonAsync("chicken"));
    }

    [Fact]
    public async Task Entry_type_that_does_not_implement_the_contract()
    {
        plugins.Add("impostor", entryType: "NotAPlugin");

        Assert.Equal("entry type 'PluginCrm.Fixtures.Plugins.NotAPlugin' does not implement PluginCrm.Sdk.Plugins.ICrmPlugin", await ReasonAsync("impostor"));
    }

    [Fact]
    public async Task A_template_function_whose_parameter_a_template_cannot_pass()
    {
        plugins.Add("guid", entryType: "UnsupportedTemplateFunctionPlugin");

        Assert.Equal("template function 'guid.short' (GuidFunctions.Short): parameter 'id' is a Guid; a template function takes and returns "
            + "strings, bool, int, long, double, decimal, DateTime, DateOnly, the SDK's records, or lists of them", await ReasonAsync("guid"));
    }

    [Fact]
    public async Task Plugin_that_throws_while_it_starts()
    {
        plugins.Add("fragile", entryType: "ThrowOnStartPlugin");

        Assert.Equal("failed while starting: InvalidOperationException: boom at start", await ReasonAsync("fragile"));
    }

    [Fact]
    public async Task Plugin_that_throws_while_it_configures_leaves_no_services_behind()
    {
        plugins.Add("halfway", entryType: "ThrowOnConfigurePlugin");

        var reason = await ReasonAsync("halfway", host =>
        {
            // The service type lives in the plugin's load context: find every copy loaded, none may resolve.
            var leaked = AppDomain.CurrentDomain.GetAssemblies()
                .Select(a => a.GetType("PluginCrm.Fixtures.Plugins.LeakedService"))
                .OfType<Type>()
                .ToList();
            Assert.NotEmpty(leaked);
            Assert.All(leaked, type => Assert.Null(host.Services.GetService(type)));
        });

        Assert.Equal("failed while configuring: InvalidOperationException: boom while configuring", reason);
    }

    [Fact]
    public async Task A_plugin_whose_dependency_fails_at_start_is_left_out_too()
    {
        plugins.Add("fragile", entryType: "ThrowOnStartPlugin").Add("leaning", dependencies: new() { ["fragile"] = "^1.0.0" });

        Assert.Equal("needs 'fragile', which failed: failed while starting: InvalidOperationException: boom at start", await ReasonAsync("leaning"));
    }

    [Fact]
    public async Task Folder_without_a_manifest_is_listed_by_name()
    {
        Directory.CreateDirectory(Path.Combine(plugins.Path, "stray"));

        Assert.Equal("no plugin.json in folder 'stray'", await ReasonAsync("stray"));
    }

    [Fact]
    public async Task A_plugin_cannot_run_a_hosted_service_behind_the_module_switch()
    {
        plugins.Add("daemon", entryType: "HostedServicePlugin");

        Assert.Equal("registers a hosted service (Loop), which would run while the module is off; use AddJob instead", await ReasonAsync("daemon"));
    }

    [Fact]
    public async Task Framework_defaults_a_plugin_pulls_in_do_not_replace_the_hosts_logging()
    {
        plugins.Add("defaults", entryType: "FrameworkDefaultsPlugin");

        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);

        Assert.Equal("enabled", (await host.PluginAsync("defaults")).State);
        Assert.Equal("SerilogLoggerFactory", host.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().GetType().Name);
    }

    [Fact]
    public async Task A_null_conflict_id_is_a_manifest_error_not_a_crash()
    {
        plugins.AddRaw("odd", """{ "id": "odd", "version": "1.0.0", "sdk": "^2.0.0", "assembly": "PluginCrm.Fixtures.Plugins.dll", "conflicts": [null] }""");

        Assert.Equal("conflicts: every entry must be a plugin id", await ReasonAsync("odd"));
    }
}
