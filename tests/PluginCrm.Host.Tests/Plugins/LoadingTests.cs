using System.Runtime.Loader;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

public sealed class LoadingTests : IDisposable
{
    private readonly PluginsFolder plugins = new();

    public void Dispose() => plugins.Dispose();

    [Fact]
    public void A_built_plugin_loads_from_disk_into_its_own_context_with_the_hosts_sdk_types()
    {
        plugins.Add("echo");
        var candidate = PluginDiscovery.Read(Path.Combine(plugins.Path, "echo"));

        var plugin = PluginAssemblyLoader.Load(candidate);

        var pluginContext = AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, pluginContext);
        Assert.StartsWith(plugins.Path, plugin.GetType().Assembly.Location);
        // The contract the plugin implements is the very type the host compiled against, not a look-alike.
        var implemented = plugin.GetType().GetInterfaces().Single(i => i.Name == nameof(ICrmPlugin));
        Assert.Same(typeof(ICrmPlugin), implemented);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(implemented.Assembly));
    }

    [Fact]
    public void A_private_copy_of_the_sdk_in_the_plugin_folder_does_not_split_the_contract()
    {
        plugins.Add("echo");
        var sdk = typeof(ICrmPlugin).Assembly.Location;
        File.Copy(sdk, Path.Combine(plugins.Path, "echo", Path.GetFileName(sdk)));

        var plugin = PluginAssemblyLoader.Load(PluginDiscovery.Read(Path.Combine(plugins.Path, "echo")));

        Assert.IsAssignableFrom<ICrmPlugin>(plugin);
    }

    [Fact]
    public async Task Built_in_plugins_load_from_the_folder_the_build_put_them_in()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);

        var notes = await host.PluginInfoAsync("notes");
        Assert.Equal("enabled", notes.State);
        Assert.Equal("PluginCrm.Notes", notes.Folder);
    }

    [Fact]
    public async Task Dependencies_start_before_the_plugins_that_need_them()
    {
        var trace = Path.Combine(plugins.Path, "trace.txt");
        plugins
            .Add("aaa-needs-zzz", dependencies: new() { ["zzz"] = "^1.0.0" })
            .Add("zzz", dependencies: new() { ["mmm"] = "^1.0.0" })
            .Add("mmm");

        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            foreach (var id in new[] { "aaa-needs-zzz", "zzz", "mmm" })
            {
                o.Settings[$"Plugins:{id}:TraceFile"] = trace;
                o.Settings[$"Plugins:{id}:Name"] = id;
            }
        });

        Assert.Equal(["start mmm", "start zzz", "start aaa-needs-zzz"], await File.ReadAllLinesAsync(trace));
    }
}
