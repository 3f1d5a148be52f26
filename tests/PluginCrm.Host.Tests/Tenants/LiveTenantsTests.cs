using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tenants;

/// <summary>
/// A server with tenants follows <c>tenants.json</c> while it runs (<c>Hosting/TenantsFollower</c>): a tenant added with
/// <c>crm tenants add</c> is served within seconds as a company of its own, one removed stops being served, one that cannot
/// start is left out without stopping the others, and the tenants nobody touched serve throughout.
/// </summary>
public sealed class LiveTenantsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Tenants_added_and_removed_while_the_server_runs_are_served_and_dropped_without_a_restart()
    {
        using var data = new TempFolder();
        await using var tenants = await CrmTestHost.StartTenantsAsync(["acme", "beta"], o =>
        {
            o.DataDirectory = data.Path;
            o.Settings["Tenants:RefreshSeconds"] = "0.2";
        });
        using var gamma = tenants.Client("gamma.crm.test");
        Assert.Equal(HttpStatusCode.BadRequest, (await gamma.GetAsync("/health")).StatusCode); // no tenant has that host name yet

        var added = await CrmCommandLine.RunAsync(data.Path, null, "tenants", "add", "gamma", "--host", "gamma.crm.test");
        Assert.Equal(0, added.Exit);
        Assert.Contains("within seconds", added.Out);
        await UntilAsync(gamma, "/health", HttpStatusCode.OK);
        // A company of its own, on a database of its own: acme's credentials mean nothing there.
        gamma.DefaultRequestHeaders.Authorization = tenants["acme"].Client.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await gamma.GetAsync("/api/customers")).StatusCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "tenants", "gamma", "crm.db"))); // no --database: a SQLite file of its own

        // A new host name: gamma is routed by it (re-routed, or stopped and started again if the server looked in between).
        Assert.Equal(0, (await CrmCommandLine.RunAsync(data.Path, null, "tenants", "remove", "gamma")).Exit);
        Assert.Equal(0, (await CrmCommandLine.RunAsync(data.Path, null, "tenants", "add", "gamma", "--host", "gamma.example.test")).Exit);
        using var renamed = tenants.Client("gamma.example.test");
        await UntilAsync(renamed, "/health", HttpStatusCode.OK);
        await UntilAsync(gamma, "/health", HttpStatusCode.BadRequest);

        Assert.Equal(0, (await CrmCommandLine.RunAsync(data.Path, null, "tenants", "remove", "beta")).Exit);
        using var beta = tenants.Client();
        beta.DefaultRequestHeaders.Add("X-Crm-Tenant", "beta");
        await UntilAsync(beta, "/health", HttpStatusCode.NotFound);

        // A tenant whose database does not answer is left out; the server goes on following the file and serving the rest.
        Assert.Equal(0, (await CrmCommandLine.RunAsync(data.Path, null, "tenants", "add", "broken", "--database", "postgres:Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1")).Exit);
        Assert.Equal(0, (await CrmCommandLine.RunAsync(data.Path, null, "tenants", "add", "delta", "--host", "delta.crm.test")).Exit);
        using var delta = tenants.Client("delta.crm.test");
        await UntilAsync(delta, "/health", HttpStatusCode.OK);
        using var broken = tenants.Client();
        broken.DefaultRequestHeaders.Add("X-Crm-Tenant", "broken");
        Assert.Equal(HttpStatusCode.NotFound, (await broken.GetAsync("/health")).StatusCode);

        // A file spoiled by hand is logged and leaves the tenants as they were; mended, it is followed again.
        var file = Path.Combine(data.Path, "tenants.json");
        var good = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, "{ not json");
        await Task.Delay(1_000); // five looks at the file
        Assert.Equal(HttpStatusCode.OK, (await delta.GetAsync("/health")).StatusCode);
        await File.WriteAllTextAsync(file, good);

        // acme was never restarted: its data and its sign-in carried on.
        Assert.Equal(HttpStatusCode.OK, (await tenants["acme"].Client.GetAsync("/api/customers")).StatusCode);
        Assert.Equal(["acme", "delta", "gamma"], tenants.Served.Order());
    }

    private static async Task UntilAsync(HttpClient client, string path, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + Patience;
        HttpStatusCode last;
        do
        {
            last = (await client.GetAsync(path)).StatusCode;
            if (last == wanted)
                return;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{path} answered {last}, not {wanted}, for {Patience.TotalSeconds} s");
    }
}
