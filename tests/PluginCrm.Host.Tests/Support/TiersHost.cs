using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Support;

/// <summary>A host with the tiers fixture plugin from disk: template functions with services, an on-enable handler.</summary>
public sealed class TiersHost : IAsyncDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("tiers", entryType: "PluginCrm.Fixtures.Plugins.Templates.TiersPlugin");

    public CrmTestHost Host { get; private set; } = null!;

    public static async Task<TiersHost> StartAsync()
    {
        var tiers = new TiersHost();
        tiers.Host = await tiers.StartAnotherAsync();
        return tiers;
    }

    /// <summary>Another host process on the same plugins and database.</summary>
    public Task<CrmTestHost> StartAnotherAsync() =>
        CrmTestHost.StartAsync(o => { o.PluginsDirectory = plugins.Path; o.DataDirectory = Host?.DataDirectory; });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        plugins.Dispose();
    }
}
