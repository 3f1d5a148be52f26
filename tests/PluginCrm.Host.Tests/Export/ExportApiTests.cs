using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Export;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Host.Records;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Export;

/// <summary><c>GET /api/customers/export.csv</c> and <c>/api/deals/export.csv</c> over HTTP on a real host.</summary>
public sealed class ExportApiTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<CustomerRecord> CreateCustomerAsync(HttpClient client, object body)
    {
        var response = await client.Post("/api/customers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.As<CustomerRecord>();
    }

    private static async Task<CsvTable> ExportAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CsvTable.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    // A record's fields as the JSON API writes them, in the form the CSV should carry them.
    private async Task<Dictionary<string, string>> ApiFieldsAsync(string path)
    {
        using var json = JsonDocument.Parse(await host.Client.GetStringAsync(path));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => p.Value.GetString()!,
            JsonValueKind.Array => string.Join(';', p.Value.EnumerateArray().Select(e => e.GetString())),
            _ => p.Value.GetRawText(),
        });
    }

    [Fact]
    public async Task Customers_download_as_excel_ready_csv_that_reads_back_cell_for_cell()
    {
        var evil = await CreateCustomerAsync(host.Client, new { name = "=HYPERLINK(\"http://evil\")", phone = "+86 10 1234 5678", source = "  @import" });
        var wang = await CreateCustomerAsync(host.Client, new { name = "王芳", tags = new[] { "vip", "华东" }, stage = "qualified", birthday = "1988-03-14", consentToContact = true, region = "上海" });
        await CreateCustomerAsync(host.Client, new { name = "Li, \"Lei\"", email = "li.lei@example.com" });

        var response = await host.Client.GetAsync("/api/customers/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("customers-20260105.csv", response.Content.Headers.ContentDisposition.FileName); // the host's clock
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // so Excel reads UTF-8
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal(4, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));

        var table = CsvTable.Parse(bytes);
        Assert.Equal((await ApiFieldsAsync($"/api/customers/{wang.Id}")).Keys, table.Headers); // same names, same order
        Assert.Equal(await ApiFieldsAsync($"/api/customers/{wang.Id}"), table.Row("id", wang.Id.ToString()));
        var wangRow = table.Row("id", wang.Id.ToString());
        Assert.Equal("王芳", wangRow["name"]);
        Assert.Equal("vip;华东", wangRow["tags"]);
        Assert.Equal("1988-03-14", wangRow["birthday"]);
        Assert.Equal("qualified", wangRow["stage"]);
        Assert.Equal("true", wangRow["consentToContact"]);
        Assert.Equal("2026-01-05T09:00:00Z", wangRow["createdUtc"]);
        var evilRow = table.Row("id", evil.Id.ToString());
        Assert.Equal("'=HYPERLINK(\"http://evil\")", evilRow["name"]);
        Assert.Equal("'+86 10 1234 5678", evilRow["phone"]);
        Assert.Equal("'@import", evilRow["source"]); // the API trimmed it; the leading @ is still neutralised
        Assert.Equal("", evilRow["email"]);
        Assert.Equal("Li, \"Lei\"", table.Rows[2]["name"]);
    }

    [Fact]
    public async Task Deals_export_keeps_amounts_as_invariant_numbers_and_takes_the_list_filters()
    {
        var won = await (await host.Client.Post("/api/deals", new { title = "@SUM(1) 年度合同", stage = "won", value = 1234567.5m, engagedOn = "2025-11-03", closedOn = "2026-01-02" })).As<DealRecord>();
        await host.Client.Post("/api/deals", new { title = "Pilot", stage = "proposal", value = 0.25m });

        var all = await ExportAsync(host.Client, "/api/deals/export.csv");
        var onlyWon = await ExportAsync(host.Client, "/api/deals/export.csv?stage=won");

        Assert.Equal(["id", "title", "companyId", "customerId", "productId", "ownerId", "teamId", "stage", "value", "engagedOn", "closedOn", "externalId", "createdUtc", "updatedUtc", "version"], all.Headers);
        Assert.Equal(["1234567.5", "0.25"], all.Column("value"));
        var api = await ApiFieldsAsync($"/api/deals/{won.Id}");
        Assert.Equal("'@SUM(1) 年度合同", onlyWon.Rows.Single()["title"]);
        api["title"] = "'" + api["title"]; // the only cell that differs from the API: neutralised
        Assert.Equal(api, onlyWon.Rows.Single());
        Assert.Equal("2026-01-02", onlyWon.Rows.Single()["closedOn"]);
    }

    [Fact]
    public async Task Each_caller_exports_only_what_it_may_see()
    {
        var east = await host.CreateTeamAsync("East");
        var (alice, aliceClient) = await host.SignedInUserAsync("alice@example.com", CrmRole.Rep, east);
        var (_, bobClient) = await host.SignedInUserAsync("bob@example.com", CrmRole.Rep, east);
        var (_, eastLead) = await host.SignedInUserAsync("east.lead@example.com", CrmRole.Manager, east);
        await CreateCustomerAsync(aliceClient, new { name = "Alice's first" });
        await CreateCustomerAsync(aliceClient, new { name = "Alice's second" });
        await CreateCustomerAsync(bobClient, new { name = "Bob's" });
        await CreateCustomerAsync(host.Client, new { name = "Nobody's" });

        var mine = await ExportAsync(aliceClient, "/api/customers/export.csv");

        Assert.Equal(["Alice's first", "Alice's second"], mine.Column("name"));
        Assert.All(mine.Column("ownerId"), owner => Assert.Equal(alice.Id.ToString(), owner));
        Assert.Equal(["Alice's first", "Alice's second", "Bob's"], (await ExportAsync(eastLead, "/api/customers/export.csv")).Column("name"));
        Assert.Equal(4, (await ExportAsync(host.Client, "/api/customers/export.csv")).Rows.Count);
        Assert.Empty((await ExportAsync(aliceClient, "/api/customers/export.csv?q=Bob")).Rows);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/api/customers/export.csv")).StatusCode);
    }

    [Theory]
    [InlineData("/api/customers/export.csv?nope=1", "nope")]
    [InlineData("/api/customers/export.csv?page=2", "page")] // an export is not paged
    [InlineData("/api/deals/export.csv?stage=sideways", "stage")]
    [InlineData("/api/deals/export.csv?customerId=abc", "customerId")]
    public async Task A_bad_filter_is_a_400_problem_naming_it_instead_of_a_file(string path, string parameter)
    {
        var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal([parameter], (await response.As<Problem>()).Errors!.Keys);
    }

    [Fact]
    public async Task The_export_route_leaves_the_record_routes_alone()
    {
        var customer = await CreateCustomerAsync(host.Client, new { name = "Zhang Wei" });

        Assert.Equal("Zhang Wei", (await host.Client.Get<CustomerRecord>($"/api/customers/{customer.Id}")).Name);
        Assert.Equal(1, (await host.Client.Get<ListPage<CustomerRecord>>("/api/customers")).Total);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/customers/export.json")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await host.Client.PostAsync("/api/customers/export.csv", null)).StatusCode);
    }

    [Fact]
    public async Task A_large_export_streams_every_row_once_in_id_order()
    {
        const int count = 1_201; // more than two batches of 500, and well over CsvHelper's 64 KiB buffer
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = host.Clock.GetUtcNow().UtcDateTime;
            db.Customers.AddRange(Enumerable.Range(1, count).Select(i => new Customer { Name = $"客户 {i:D4} {new string('x', 80)}", CreatedUtc = now, UpdatedUtc = now, Version = 1 }));
            await db.SaveChangesAsync();
        }

        var response = await host.Client.GetAsync("/api/customers/export.csv", HttpCompletionOption.ResponseHeadersRead);

        Assert.True(response.Headers.TransferEncodingChunked); // written as it is read, with no length known up front
        var table = CsvTable.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(count, table.Rows.Count);
        var ids = table.Column("id").Select(long.Parse).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(count, ids.Distinct().Count());
        Assert.StartsWith("客户 1201 ", table.Rows[^1]["name"]);
    }

    [Theory]
    [InlineData(2, 4)] // the last batch is full: one more, empty, read ends it
    [InlineData(2, 5)]
    [InlineData(3, 0)]
    public async Task Batches_by_id_write_every_row_exactly_once(int batchSize, int rows)
    {
        for (var i = 1; i <= rows; i++)
            await CreateCustomerAsync(host.Client, new { name = $"Customer {i}" });
        await using var scope = host.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<RecordReader>();
        var export = new CsvRows<Customer, CustomerRecord>(records.VisibleRows(CoreRecords.Customers, new Dictionary<string, string>(), ActingUser.System), CoreRecords.Customers.ToRecord, new CustomerCsv(), batchSize);
        using var stream = new MemoryStream();

        var written = await export.WriteAsync(stream, CancellationToken.None);

        Assert.Equal(rows, written);
        Assert.Equal(Enumerable.Range(1, rows).Select(i => $"Customer {i}"), CsvTable.Parse(stream.ToArray()).Column("name"));
    }
}
