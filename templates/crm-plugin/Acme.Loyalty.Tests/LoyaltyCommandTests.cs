using Acme.Loyalty.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace Acme.Loyalty.Tests;

/// <summary><c>crm loyalty ...</c> as ./crm runs it: the host's command line, the plugin loaded from its build output on disk.</summary>
public sealed class LoyaltyCommandTests : IDisposable
{
    private readonly PluginFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Balance_prints_the_points_a_customer_earned()
    {
        // The order comes in through a test host on the same data folder, with the plugin loaded from disk as crm loads it.
        long customer;
        await using (var host = await CrmTestHost.StartAsync(o => (o.DataDirectory, o.PluginsDirectory) = (folder.Data, folder.Plugins)))
        {
            customer = await host.CustomerAsync("Wang Fang");
            await host.OrderAsync(customer, 42.50m);
        }

        var balance = await CrmCommandLine.RunAsync(folder.Data, folder.Plugins, "loyalty", "balance", customer.ToString());
        var usage = await CrmCommandLine.RunAsync(folder.Data, folder.Plugins, "loyalty", "balance");

        Assert.Equal((0, $"customer {customer}: 42 points"), (balance.Exit, balance.Out.Trim()));
        Assert.Equal((2, "crm: usage: crm loyalty balance CUSTOMER"), (usage.Exit, usage.Error.Trim()));
    }
}
