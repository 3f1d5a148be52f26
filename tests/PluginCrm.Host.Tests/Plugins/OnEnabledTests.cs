using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>
/// A module's on-enable handler (<c>IPluginBuilder.OnEnabled</c>), from disk: the tiers fixture records each switch-on
/// in its own table, or throws when its settings say so.
/// </summary>
public sealed class OnEnabledTests : IAsyncLifetime
{
    private TiersHost tiers = null!;
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = (tiers = await TiersHost.StartAsync()).Host;

    public Task DisposeAsync() => tiers.DisposeAsync().AsTask();

    private sealed record Enabling(DateTime DisabledSinceUtc, DateTime EnabledUtc, string EnabledBy);

    private Task<List<Enabling>> EnablingsAsync() => host.Client.Get<List<Enabling>>("/api/tiers/enablings");

    private async Task<DateTime> SwitchOffAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/tiers/disable")).StatusCode);
        return host.Clock.GetUtcNow().UtcDateTime;
    }

    [Fact]
    public async Task The_handler_runs_once_a_switch_on_with_when_the_module_was_switched_off()
    {
        host.Clock.Advance(TimeSpan.FromHours(1));
        var off = await SwitchOffAsync();
        host.Clock.Advance(TimeSpan.FromDays(2));
        var on = host.Clock.GetUtcNow().UtcDateTime;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.PostAsync("/api/plugins/tiers/enable")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("/api/plugins/tiers/enable")).StatusCode); // already on: nothing to catch up

        Assert.Equal([new Enabling(off, on, "apikey:test-kit")], await EnablingsAsync());
        host.Clock.Advance(TimeSpan.FromHours(3));
        var secondOff = await SwitchOffAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.PostAsync("/api/plugins/tiers/enable");
        Assert.Equal([off, secondOff], (await EnablingsAsync()).Select(e => e.DisabledSinceUtc));
    }

    [Fact]
    public async Task A_handler_that_throws_is_logged_with_the_plugin_id_and_the_module_stays_enabled()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Put("/api/plugins/tiers/settings", new { failOnEnable = true })).StatusCode);
        await SwitchOffAsync();

        var response = await host.PostAsync("/api/plugins/tiers/enable");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("enabled", (await host.PluginAsync("tiers")).State);
        Assert.Empty(await EnablingsAsync());
        var log = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(host.DataDirectory, "logs")).Single());
        Assert.Matches(@"\[ERR\] tiers .* Plugin tiers: RecordEnabling failed after the module was enabled \(disabled since 2026-01-05 09:00:00Z\); the module stays enabled", log);
        Assert.Contains("the tiers fixture was told to fail on enable", log);
    }
}
