using System.Runtime.CompilerServices;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Hosting;

/// <summary>
/// A host stopped inside a process that goes on (a tenant removed while the server runs, each host <c>crm db copy</c> opens,
/// every test host) leaves nothing of itself behind: once disposed, its services, routes and plugins' services can be
/// collected. ASP.NET Core's rate-limiting middleware kept every stopped host reachable through a timer that nothing
/// disposed, with the whole host's memory; this test fails with it.
/// </summary>
public sealed class StoppedHostTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stopped_host_that_served_sign_ins_and_reads_can_be_collected(bool builtInPlugins)
    {
        var services = await ServeAndStopAsync(builtInPlugins);

        for (var attempt = 0; attempt < 10 && services.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
        }
        Assert.False(services.IsAlive, "the stopped host's services are still reachable");
    }

    // Not inlined, so that no local of the caller's frame keeps the host.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ServeAndStopAsync(bool builtInPlugins)
    {
        var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = builtInPlugins ? TestPaths.BuiltInPlugins : null);
        var (_, client) = await host.SignedInUserAsync("stopping@example.com", CrmRole.Admin, null);
        (await client.GetAsync("/api/customers")).EnsureSuccessStatusCode();
        var services = new WeakReference(host.Services);
        await host.DisposeAsync();
        return services;
    }
}
