using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>One host with the CDNOW sample imported by the host's importer (<c>crm import cdnow</c>), shared by a test class.</summary>
public sealed class CdnowHostFixture : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await ScoringHost.StartAsync();
        await ScoringHost.ImportCdnowAsync(Host, SharedData.CdnowSample);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
