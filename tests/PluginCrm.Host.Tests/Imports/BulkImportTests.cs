using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>
/// The batched import path on generated CDNOW files of several batches, with the fixture plugin from disk taking part in
/// <c>customer.create</c> (refusing, tagging, writing a row of its own, PostCommit) and <c>order.create</c> (refusing 666.66).
/// </summary>
public sealed class BulkImportTests : IAsyncLifetime
{
    // Three batches and a half: a row of the third is late enough that two whole batches were written before it.
    private const int Purchases = ImportSession.BatchSize * 3 + ImportSession.BatchSize / 2;
    private const int LateRow = ImportSession.BatchSize * 2 + 345;

    private readonly PluginsFolder plugins = new PluginsFolder().Add("fixture", entryType: "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin");
    private readonly TempFolder files = new();
    private CrmTestHost host = null!;
    private CrmDbFile db = null!;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);
        db = new CrmDbFile(host.DataDirectory);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
        files.Dispose();
    }

    private string File(Func<int, string, string>? edit = null) => GeneratedCdnow.Write(Path.Combine(files.Path, "purchases.txt"), Purchases, edit);

    private async Task<long[]> CountsAsync() =>
        [await db.CountAsync("customers"), await db.CountAsync("orders"), await db.CountAsync("order_lines"), await db.CountAsync("audit", "\"RecordType\" IN ('customer', 'order')"), await db.CountAsync("outbox"), await db.CountAsync("fx_seen")];

    [Fact]
    public async Task A_bad_row_in_the_third_batch_rolls_back_every_batch_and_is_named()
    {
        // A customer number too long for an external id (cdnow-<id>, 64 characters at most): only the record's own check finds it.
        var file = File((row, line) => row == LateRow ? $"{new string('7', 70)} 19970315   1   12.49" : line);

        var report = await Importing.CdnowAsync(host, file);

        Assert.False(report.Committed);
        Assert.Equal([("purchases.txt", LateRow, "externalId")], report.Errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.Equal(new long[6], await CountsAsync());
    }

    [Fact]
    public async Task A_step_refusing_a_row_of_the_third_batch_fails_the_import_with_that_row_named()
    {
        var file = File((row, line) => row == LateRow ? GeneratedCdnow.WithDollars(line, 666.66m) : line);

        var report = await Importing.CdnowAsync(host, file);

        Assert.False(report.Committed);
        Assert.Equal([new ImportError("purchases.txt", LateRow, "total", "orders of 666.66 are not accepted by the fixture plugin")], report.Errors);
        Assert.Equal(new long[6], await CountsAsync());
    }

    [Fact]
    public async Task Steps_see_every_row_and_every_created_record_is_audited_and_its_PostCommit_steps_queued()
    {
        var file = File();
        var (customers, purchases) = GeneratedCdnow.Count(file);

        var report = await Importing.CdnowAsync(host, file);

        Assert.True(report.Committed);
        Assert.Equal((customers, purchases), (report.Counts["customer"].Created, report.Counts["order"].Created));
        Assert.Equal([customers, purchases, purchases], (await CountsAsync())[..3]);
        Assert.Equal(customers, await db.CountAsync("fx_seen")); // PostOperation
        Assert.Equal(customers, await db.CountAsync("customers", "\"Tags\" = '|seen-by-admin|'")); // PreOperation's change, stored
        Assert.Equal(customers, await db.CountAsync("audit", "\"Message\" = 'customer.create' AND \"After\" LIKE '%seen-by-admin%' AND \"UserName\" = 'system'"));
        Assert.Equal(purchases, await db.CountAsync("audit", "\"Message\" = 'order.create' AND \"RecordId\" IN (SELECT \"Id\" FROM orders)"));
        Assert.Equal(customers, await db.CountAsync("outbox", "\"Message\" = 'customer.create' AND \"StepType\" LIKE '%TraceAfterCommit'"));
        Assert.Equal(GeneratedCdnow.RepeatCustomers(file), await db.CountAsync("customers", "\"Stage\" = 'Repeat'")); // by their purchase days
    }

    [Fact]
    public async Task A_second_run_changes_nothing_and_says_so()
    {
        var file = File();
        var (customers, purchases) = GeneratedCdnow.Count(file);
        await Importing.CdnowAsync(host, file);
        var before = await CountsAsync();

        var again = await Importing.CdnowAsync(host, file);

        Assert.True(again.Committed);
        Assert.Equal(new ImportCounts(0, 0, customers), again.Counts["customer"]);
        Assert.Equal(new ImportCounts(0, 0, purchases), again.Counts["order"]);
        Assert.Equal(before, await CountsAsync());
    }
}
