using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>The records <see cref="SearchTests"/> searches: written once, read by every test.</summary>
public sealed class SearchData : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync();
        var client = Host.Client;
        var huawei = await IdAsync(client.Post("/api/companies", new { name = "华为技术有限公司" }));
        var acme = await IdAsync(client.Post("/api/companies", new { name = "ACME Ltd." }));
        await client.Post("/api/customers", new { name = "王小明", phone = "+86 138 0013 8000", companyId = huawei });
        await client.Post("/api/customers", new { name = "Zhang Wei", email = "Zhang.Wei@Example.com", phone = "010-6552-9988" });
        await client.Post("/api/customers", new { name = "李娜", companyId = acme });
        await client.Post("/api/leads", new { name = "陈静", phone = "１３９ ０００１ ２３４５", companyName = "阿里巴巴（中国）" });
        await client.Post("/api/leads", new { name = "Li Lei", email = "li.lei@example.cn", companyName = "Sunshine Co." });
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    private static async Task<long> IdAsync(Task<HttpResponseMessage> created) => (await (await created).As<CompanyRecord>()).Id;
}

/// <summary><c>q</c> finds customers and leads by name, e-mail, phone and company, folded by the SDK's contact keys.</summary>
public sealed class SearchTests(SearchData data) : IClassFixture<SearchData>
{
    private HttpClient Client => data.Host.Client;

    private async Task<string[]> CustomersAsync(string q) =>
        [.. (await Client.Get<ListPage<CustomerRecord>>($"/api/customers?sort=name&q={Uri.EscapeDataString(q)}")).Items.Select(c => c.Name)];

    private async Task<string[]> LeadsAsync(string q) =>
        [.. (await Client.Get<ListPage<LeadRecord>>($"/api/leads?sort=name&q={Uri.EscapeDataString(q)}")).Items.Select(l => l.Name)];

    [Theory]
    [InlineData("王小明", "王小明")]
    [InlineData("王 小明", "王小明")] // spaces are not part of a name
    [InlineData("小明", "王小明")]
    [InlineData("zhang wei", "Zhang Wei")] // any case
    [InlineData("ＺＨＡＮＧ", "Zhang Wei")] // full-width letters
    public async Task Customers_are_found_by_part_of_their_name(string q, string name) => Assert.Equal([name], await CustomersAsync(q));

    [Theory]
    [InlineData("13800138000")]
    [InlineData("+86 138-0013-8000")] // the calling code is dropped as it is from the stored number
    [InlineData("００８６１３８００１３８０００")] // full-width, with 00 and the code
    [InlineData("0013 8000")] // a fragment: its digits as written
    [InlineData("１３８００")] // five full-width digits are enough
    public async Task Customers_are_found_by_their_phone_however_it_is_written(string q) => Assert.Equal(["王小明"], await CustomersAsync(q));

    [Fact]
    public async Task Four_digits_are_too_few_to_search_a_phone_by() => Assert.Empty(await CustomersAsync("1380"));

    [Theory]
    [InlineData("华为", "王小明")] // the customer's company, by its name
    [InlineData("acme ltd", "李娜")]
    [InlineData("ZHANG.WEI@EXAMPLE", "Zhang Wei")]
    [InlineData("6552 9988", "Zhang Wei")]
    public async Task Customers_are_found_by_company_email_and_landline(string q, string name) => Assert.Equal([name], await CustomersAsync(q));

    [Theory]
    [InlineData("阿里巴巴", "陈静")] // the lead's own company name
    [InlineData("sunshine", "Li Lei")]
    [InlineData("１３９０００１", "陈静")]
    [InlineData("+86 139 0001 2345", "陈静")]
    [InlineData("LI.LEI@", "Li Lei")]
    [InlineData("陈", "陈静")]
    public async Task Leads_are_found_by_name_email_phone_and_company(string q, string name) => Assert.Equal([name], await LeadsAsync(q));

    [Fact]
    public async Task A_query_with_nothing_to_search_by_is_a_400_naming_q()
    {
        var response = await Client.GetAsync($"/api/customers?q={Uri.EscapeDataString("— ·")}");

        await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task A_changed_phone_is_found_by_its_new_number_and_no_longer_by_the_old()
    {
        var created = await (await Client.Post("/api/customers", new { name = "赵磊", phone = "+86 135 1111 2222" })).As<CustomerRecord>();

        var changed = await Client.Put($"/api/customers/{created.Id}", created with { Phone = "１３６ ３３３３ ４４４４" }, ifMatch: created.Version);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["赵磊"], await CustomersAsync("13633334444"));
        Assert.Empty(await CustomersAsync("13511112222"));
    }
}
