using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Customers;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>A customers CSV from some other system, through a column mapping and match keys.</summary>
public sealed class CustomerCsvImportTests : IAsyncLifetime
{
    private readonly TempFolder files = new();
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync();
        await host.Client.Post("/api/companies", new { name = "Huawei" });
        await host.SignedInUserAsync("li.na@example.com", PluginCrm.Sdk.Access.CrmRole.Rep);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        files.Dispose();
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(files.Path, $"customers-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private async Task<ImportReport> ImportAsync(string path, string map, string match, bool dryRun = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
        var importer = scope.ServiceProvider.GetRequiredService<CustomerCsvImporter>();
        return await session.RunAsync(dryRun, (s, ct) => importer.ImportAsync(s, path, CustomerCsvMapping.Parse(map, match), ct), CancellationToken.None);
    }

    private const string Map = "name=Full Name,email=E-mail,phone=Tel,company=Company,owner=Owner,tags=Labels,consent=Opt In";

    private async Task<List<CustomerRecord>> AllAsync() => (await host.Client.Get<ListPage<CustomerRecord>>("/api/customers?sort=name")).Items;

    [Fact]
    public async Task Mapped_columns_and_relations_by_unique_field_land_and_a_second_run_changes_nothing()
    {
        var file = Write(
            "Full Name,E-mail,Tel,Company,Owner,Labels,Opt In",
            "Wang Fang,WANG.FANG@example.com,+86 138 0000 0001,Huawei,li.na@example.com,vip;east,yes",
            "\"Zhao, Lei\",zhao.lei@example.com,,,,,no");

        var first = await ImportAsync(file, Map, "email");
        var second = await ImportAsync(file, Map, "email");

        Assert.Equal(2, first.Counts["customer"].Created);
        Assert.Equal((0, 0, 2), (second.Counts["customer"].Created, second.Counts["customer"].Updated, second.Counts["customer"].Unchanged));
        var wang = (await AllAsync()).Single(c => c.Name == "Wang Fang");
        Assert.Equal("wang.fang@example.com", wang.Email);
        Assert.NotNull(wang.CompanyId);
        Assert.NotNull(wang.OwnerId);
        Assert.Equal(["vip", "east"], wang.Tags);
        Assert.True(wang.ConsentToContact);
        Assert.Contains(await AllAsync(), c => c.Name == "Zhao, Lei");
    }

    [Fact]
    public async Task A_match_on_phone_updates_the_existing_customer_even_written_differently()
    {
        await ImportAsync(Write("Full Name,Tel", "Chen Jie,+86 138-0000-0002"), "name=Full Name,phone=Tel", "phone");

        // Full-width digits and other punctuation: the same number.
        var report = await ImportAsync(Write("Full Name,Tel,Region", "Chen Jie (Shanghai),＋８６ １３８ ００００ ０００２,East"), "name=Full Name,phone=Tel", "phone");

        Assert.Equal((0, 1), (report.Counts["customer"].Created, report.Counts["customer"].Updated));
        var chen = Assert.Single(await AllAsync());
        Assert.Equal("Chen Jie (Shanghai)", chen.Name);
        Assert.Equal("East", chen.Region);
    }

    [Fact]
    public async Task A_phone_with_its_calling_code_matches_the_same_phone_written_nationally()
    {
        await ImportAsync(Write("Full Name,Tel", "周杰,138-0013-8000"), "name=Full Name,phone=Tel", "phone");

        var report = await ImportAsync(Write("Full Name,Tel,Region", "周杰,００８６-１３８００１３８０００,华南"), "name=Full Name,phone=Tel", "phone");

        Assert.Equal((0, 1), (report.Counts["customer"].Created, report.Counts["customer"].Updated));
        Assert.Equal("华南", Assert.Single(await AllAsync()).Region);
    }

    [Fact]
    public async Task A_row_whose_key_matches_two_customers_is_a_row_error_naming_them_and_updates_neither()
    {
        var first = await (await host.Client.Post("/api/customers", new { name = "张伟", phone = "+86 10 6552 9988" })).As<CustomerRecord>();
        var second = await (await host.Client.Post("/api/customers", new { name = "张丽", phone = "010-6552-9988" })).As<CustomerRecord>();

        var report = await ImportAsync(Write("Full Name,Tel,Region", "张伟,(010) 6552 9988,华北"), "name=Full Name,phone=Tel", "phone");

        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "Tel"), (error.Row, error.Column));
        Assert.StartsWith($"matches customers {first.Id} and {second.Id}", error.Reason);
        Assert.False(report.Committed);
        Assert.All(await AllAsync(), c => Assert.Null(c.Region));
    }

    [Fact]
    public async Task Bad_cells_are_reported_by_row_and_column_and_nothing_is_written()
    {
        var file = Write(
            "Full Name,E-mail,Tel,Company,Owner,Labels,Opt In",
            "Good Row,good@example.com,,,,,",
            "Bad Mail,not-an-email,,,,,",
            "Bad Refs,refs@example.com,,Nowhere Ltd,ghost@example.com,,maybe");

        var report = await ImportAsync(file, Map, "email");

        Assert.False(report.Committed);
        Assert.Equal([(3, "email"), (4, "Opt In"), (4, "Company"), (4, "Owner")], report.Errors.Select(e => (e.Row, e.Column)));
        Assert.Empty(await AllAsync());
    }

    [Fact]
    public async Task A_dry_run_says_what_would_change()
    {
        var report = await ImportAsync(Write("Full Name,E-mail", "Dry Run,dry@example.com"), "name=Full Name,email=E-mail", "email", dryRun: true);

        Assert.Equal(1, report.Counts["customer"].Created);
        Assert.False(report.Committed);
        Assert.Empty(await AllAsync());
    }

    [Fact]
    public async Task A_mapping_that_names_missing_columns_is_refused_before_anything_is_read()
    {
        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(Write("Name,Mail", "A,a@example.com"), "name=Full Name", "email"));

        Assert.Contains("the mapping names columns the file does not have: name=Full Name", error.Message);
        Assert.Throws<ImportFileException>(() => CustomerCsvMapping.Parse("shoe=Size", "email"));
        Assert.Throws<ImportFileException>(() => CustomerCsvMapping.Parse(null, "fax"));
    }
}
