using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Demo;

/// <summary>A host with the built-in plugins and the demo generated once, with the default seed, on the kit's clock.</summary>
public class DemoHost : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;
    public List<string> Progress { get; } = [];

    protected virtual string? PluginsDirectory => TestPaths.BuiltInPlugins;
    protected virtual int Seed => DemoGenerator.DefaultSeed;

    /// <summary>Runs between start and generation: switch a module off, say.</summary>
    protected virtual Task BeforeGeneratingAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = PluginsDirectory);
        await BeforeGeneratingAsync();
        await Host.Services.GetRequiredService<DemoGenerator>().GenerateAsync(Seed, new Lines(Progress), CancellationToken.None);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    private sealed class Lines(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}

/// <summary>The same seed and clock as <see cref="DemoHost"/>, without plugins: the host's part alone.</summary>
public sealed class SameSeedHost : DemoHost
{
    protected override string? PluginsDirectory => null;
}

/// <summary>Another seed, with the built-in plugins but the feedback module switched off before the demo is generated.</summary>
public sealed class OtherSeedWithoutFeedbackHost : DemoHost
{
    protected override int Seed => DemoGenerator.DefaultSeed + 1;

    protected override async Task BeforeGeneratingAsync()
    {
        var response = await Host.Client.PostAsync("/api/plugins/feedback/disable?cascade=true", content: null);
        response.EnsureSuccessStatusCode();
    }
}
