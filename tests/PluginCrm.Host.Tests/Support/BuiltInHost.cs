using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Support;

/// <summary>One host with the built-in plugins, shared by a class whose tests leave no data behind that matters.</summary>
public sealed class BuiltInHost : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
