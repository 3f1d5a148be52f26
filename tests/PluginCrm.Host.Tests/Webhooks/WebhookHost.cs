using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Webhooks;

/// <summary>A host that lets webhooks reach 127.0.0.1 and pauses a subscription after 3 failures, with a receiver beside it.</summary>
public sealed class WebhookHost : IAsyncLifetime
{
    public const int PauseAfter = 3;

    public CrmTestHost Host { get; private set; } = null!;
    public WebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = TestPaths.BuiltInPlugins;
            o.Settings["Webhooks:AllowPrivateNetworks"] = "true";
            o.Settings["Webhooks:PauseAfterFailures"] = PauseAfter.ToString();
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
