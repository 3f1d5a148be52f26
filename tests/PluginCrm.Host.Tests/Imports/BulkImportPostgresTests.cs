using System.Globalization;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>
/// The bulk path on PostgreSQL, chosen by configuration alone, with the built-in plugins: prepared inserts reading their
/// keys back, batch lookups by a collection parameter, money and times stored as EF Core stores them.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class BulkImportPostgresTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_file_of_several_batches_lands_whole_on_PostgreSQL_and_a_second_run_changes_nothing()
    {
        using var data = new TempFolder();
        var file = GeneratedCdnow.Write(Path.Combine(data.Path, "purchases.txt"), ImportSession.BatchSize * 2 + 500);
        var (customers, purchases) = GeneratedCdnow.Count(file);
        var dollars = File.ReadLines(file).Skip(1).Sum(l => decimal.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], CultureInfo.InvariantCulture));
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = TestPaths.BuiltInPlugins;
            o.DataDirectory = data.Path;
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
        });

        var first = await Importing.CdnowAsync(host, file);
        var again = await Importing.CdnowAsync(host, file);

        Assert.True(first.Committed, string.Join("; ", first.Errors));
        Assert.Equal((customers, purchases), (first.Counts["customer"].Created, first.Counts["order"].Created));
        Assert.Equal((customers, purchases), ((await host.Client.Get<ListPage<CustomerRecord>>("/api/customers?pageSize=1")).Total, (await host.Client.Get<ListPage<OrderRecord>>("/api/orders?pageSize=1")).Total));
        var orders = new List<OrderRecord>();
        for (var page = 1; orders.Count < purchases; page++)
            orders.AddRange((await host.Client.Get<ListPage<OrderRecord>>($"/api/orders?pageSize=500&page={page}")).Items);
        Assert.Equal(dollars, orders.Sum(o => o.Total));
        Assert.All(orders, o => Assert.Equal(o.Total, Assert.Single(o.Lines).UnitPrice));
        Assert.Equal((new ImportCounts(0, 0, customers), new ImportCounts(0, 0, purchases)), (again.Counts["customer"], again.Counts["order"]));
    }
}
