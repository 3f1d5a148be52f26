using PluginCrm.Host.Imports;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>Bad files name every bad cell and leave the database as it was.</summary>
public sealed class ImportFailureTests : IAsyncLifetime
{
    private readonly TempFolder files = new();
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        files.Dispose();
    }

    private string CopyMaven(Func<string[], string[]>? pipeline = null)
    {
        var dir = Directory.CreateDirectory(Path.Combine(files.Path, "maven")).FullName;
        foreach (var file in Directory.GetFiles(SharedData.MavenCrm))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        if (pipeline is not null)
        {
            var path = Path.Combine(dir, "sales_pipeline.csv");
            File.WriteAllLines(path, pipeline(File.ReadAllLines(path)));
        }
        return dir;
    }

    private async Task<int> CountAsync(string path) => (await host.Client.Get<ListPage<object>>($"{path}?pageSize=1")).Total;

    [Fact]
    public async Task Every_bad_cell_is_reported_by_row_and_column_and_nothing_is_written()
    {
        var dir = CopyMaven(lines =>
        {
            lines[2] = "BAD00001,Nobody Known,GTX Basic,Cancity,Won,2016-10-20,2017-03-01,1054\r";
            lines[3] = "BAD00002,Moses Frase,GTX Basic,Cancity,Won,2016-13-45,2017-03-01,lots\r";
            lines[4] = "BAD00003,Moses Frase,Hoverboard,Nowhere Ltd,Sleeping,,,\r";
            lines[7] = lines[6];
            return lines;
        });

        var report = await Importing.MavenAsync(host, dir);

        Assert.False(report.Committed);
        Assert.Equal(
            [
                ("sales_pipeline.csv", 3, "sales_agent"),
                ("sales_pipeline.csv", 4, "engage_date"), ("sales_pipeline.csv", 4, "close_value"),
                ("sales_pipeline.csv", 5, "product"), ("sales_pipeline.csv", 5, "account"), ("sales_pipeline.csv", 5, "deal_stage"),
                ("sales_pipeline.csv", 8, "opportunity_id"),
            ],
            report.Errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.Equal("'Nobody Known' is not in sales_teams.csv", report.Errors[0].Reason);
        var repeated = File.ReadLines(Path.Combine(SharedData.MavenCrm, "sales_pipeline.csv")).ElementAt(6).Split(',')[0];
        Assert.Equal($"'{repeated}' is also on row 7", report.Errors[^1].Reason);
        Assert.Equal((0, 0, 0), (await CountAsync("/api/companies"), await CountAsync("/api/products"), await CountAsync("/api/deals")));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var report = await Importing.MavenAsync(host, CopyMaven(), dryRun: true);

        Assert.False(report.Committed);
        Assert.Empty(report.Errors);
        Assert.Equal(8800, report.Counts["deal"].Created);
        Assert.Equal(0, await CountAsync("/api/deals"));
    }

    [Fact]
    public async Task A_file_that_is_not_what_it_claims_is_refused_whole()
    {
        var accounts = Path.Combine(SharedData.MavenCrm, "accounts.csv");

        var cdnow = await Assert.ThrowsAsync<ImportFileException>(() => Importing.CdnowAsync(host, accounts));
        var retail = await Assert.ThrowsAsync<ImportFileException>(() => Importing.OnlineRetailAsync(host, accounts));

        Assert.Contains("not a CDNOW file", cdnow.Message);
        Assert.Contains("the header lacks InvoiceNo", retail.Message);
        Assert.Equal(0, await CountAsync("/api/customers"));
    }
}
