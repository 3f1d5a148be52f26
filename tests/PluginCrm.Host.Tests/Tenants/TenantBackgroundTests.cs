using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tenants;

/// <summary>With the outbox loop on, as <c>crm serve</c> runs it: each tenant's own loop delivers its own PostCommit steps, unasked.</summary>
public sealed class TenantBackgroundTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fixture", entryType: "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin");
    private readonly TempFolder data = new();
    private CrmTestTenants tenants = null!;

    private string Trace => Path.Combine(data.Path, "post-commit.txt");

    public async Task InitializeAsync() => tenants = await CrmTestHost.StartTenantsAsync(["acme", "beta"], o =>
    {
        o.DataDirectory = data.Path;
        o.PluginsDirectory = plugins.Path;
        o.Settings["Plugins:fixture:TraceFile"] = Trace;
        o.Settings["Jobs:OutboxPollSeconds"] = "1";
    });

    public async Task DisposeAsync()
    {
        await tenants.DisposeAsync();
        plugins.Dispose();
        data.Dispose();
    }

    [Fact]
    public async Task Each_tenants_own_outbox_loop_delivers_its_own_PostCommit_steps()
    {
        Assert.Equal(1, (await (await tenants["acme"].Client.Post("/api/customers", new { name = "Acme's own customer" })).As<CustomerRecord>()).Id);
        Assert.Equal(1, (await (await tenants["beta"].Client.Post("/api/customers", new { name = "Beta's own customer" })).As<CustomerRecord>()).Id);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var trace = "";
        while (DateTime.UtcNow < deadline && !(trace.Contains("Acme's own customer") && trace.Contains("Beta's own customer")))
        {
            await Task.Delay(200);
            trace = File.Exists(Trace) ? await File.ReadAllTextAsync(Trace) : "";
        }

        Assert.Contains("delivered customer.create 1 Acme's own customer", trace);
        Assert.Contains("delivered customer.create 1 Beta's own customer", trace);
        Assert.Equal(2, trace.Split('\n').Count(l => l.StartsWith("delivered ")));
        // Each tenant has a loop, a dispatcher and a scheduler of its own, none shared.
        var (acme, beta) = (tenants["acme"].Services, tenants["beta"].Services);
        Assert.NotSame(acme.GetRequiredService<OutboxDispatcher>(), beta.GetRequiredService<OutboxDispatcher>());
        Assert.NotSame(acme.GetRequiredService<JobScheduler>(), beta.GetRequiredService<JobScheduler>());
        Assert.Single(acme.GetServices<IHostedService>().OfType<OutboxService>());
        Assert.Single(beta.GetServices<IHostedService>().OfType<OutboxService>());
    }
}
