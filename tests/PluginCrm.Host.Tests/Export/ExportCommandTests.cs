using System.Net;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Export;

/// <summary><c>crm export customers|deals</c>, run as its own process on a database a test host filled.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private string NoPlugins => Directory.CreateDirectory(Path.Combine(data.Path, "no-plugins")).FullName; // what CrmTestHost uses for this data folder

    private Task<CliRunner.Result> Crm(params string[] args) =>
        CliRunner.RunAsync([.. args, "--data-dir", data.Path, "--plugins-dir", NoPlugins]);

    [Fact]
    public async Task Export_writes_the_same_file_as_the_api_with_every_record_and_honours_filters()
    {
        byte[] fromApi;
        await using (var host = await CrmTestHost.StartAsync(o => o.DataDirectory = data.Path))
        {
            var (_, rep) = await host.SignedInUserAsync("rep@example.com", CrmRole.Rep);
            Assert.Equal(HttpStatusCode.Created, (await rep.Post("/api/customers", new { name = "=cmd|' /C calc'!A0" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await host.Client.Post("/api/customers", new { name = "王芳", tags = new[] { "vip", "east" } })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await host.Client.Post("/api/deals", new { title = "Won one", stage = "won", value = 99.5m })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await host.Client.Post("/api/deals", new { title = "Open one", stage = "lead" })).StatusCode);
            fromApi = await host.Client.GetByteArrayAsync("/api/customers/export.csv"); // an admin's: everything
        }
        var customers = Path.Combine(data.Path, "customers.csv");
        var deals = Path.Combine(data.Path, "deals.csv");

        var exported = await Crm("export", "customers", "--out", customers);
        var filtered = await Crm("export", "deals", "--out", deals, "--filter", "stage=won", "--filter", "q=one");

        Assert.Equal(0, exported.ExitCode);
        Assert.Equal($"2 customers written to {customers}", exported.Out.Trim());
        Assert.Equal(fromApi, await File.ReadAllBytesAsync(customers));
        var table = CsvTable.Parse(await File.ReadAllBytesAsync(customers));
        Assert.Equal(["'=cmd|' /C calc'!A0", "王芳"], table.Column("name"));
        Assert.Equal(["", "vip;east"], table.Column("tags"));
        Assert.Equal(0, filtered.ExitCode);
        Assert.Equal(["Won one"], CsvTable.Parse(await File.ReadAllBytesAsync(deals)).Column("title"));
        Assert.Equal(["customers.csv", "deals.csv"], Directory.GetFiles(data.Path, "*.csv*").Select(Path.GetFileName).Order()); // no partial files left
    }

    [Fact]
    public async Task A_bad_filter_is_one_line_exit_2_and_leaves_the_file_alone()
    {
        var file = Path.Combine(data.Path, "deals.csv");
        await File.WriteAllTextAsync(file, "yesterday's export");

        var unknown = await Crm("export", "deals", "--out", file, "--filter", "nope=1");
        var malformed = await Crm("export", "deals", "--out", file, "--filter", "stage");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("crm: --filter nope: is not a filter of deals; use one of: q, stage, ownerId, teamId, companyId, customerId, productId", unknown.Error.Trim());
        Assert.Equal(2, malformed.ExitCode);
        Assert.Equal("crm: --filter 'stage' is not key=value", malformed.Error.Trim());
        Assert.Equal("yesterday's export", await File.ReadAllTextAsync(file));
    }
}
