using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>The customer API as an admin integration uses it: create, read, update, delete, list, audit.</summary>
public sealed class CustomerApiTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private HttpClient Client => host.Client;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<CustomerRecord> CreateAsync(object body)
    {
        var response = await Client.Post("/api/customers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.As<CustomerRecord>();
    }

    [Fact]
    public async Task A_created_customer_is_tidied_versioned_and_readable()
    {
        var created = await CreateAsync(new { name = "  Wang Fang ", email = "Wang.Fang@Example.COM", tags = new[] { "VIP", "vip", " east " }, stage = "qualified", birthday = "1988-03-14" });

        Assert.Equal("Wang Fang", created.Name);
        Assert.Equal("wang.fang@example.com", created.Email);
        Assert.Equal(["vip", "east"], created.Tags);
        Assert.Equal(LifecycleStage.Qualified, created.Stage);
        Assert.Equal(new DateOnly(1988, 3, 14), created.Birthday);
        Assert.Equal(1, created.Version);
        Assert.False(created.ConsentToContact); // consent is given explicitly, never assumed
        var response = await Client.GetAsync($"/api/customers/{created.Id}");
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var read = await response.As<CustomerRecord>();
        Assert.Equal(created with { Tags = [] }, read with { Tags = [] }); // lists compare by reference in records
        Assert.Equal(created.Tags, read.Tags);
    }

    [Fact]
    public async Task Invalid_input_names_every_bad_field_and_stores_nothing()
    {
        var response = await Client.Post("/api/customers", new { name = " ", email = "not-an-email", companyId = 999, tags = new[] { new string('t', 41) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.As<Problem>();
        Assert.Equal(["email", "name", "tags"], problem.Errors!.Keys.Order());
        var page = await Client.Get<ListPage<CustomerRecord>>("/api/customers");
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Unknown_references_are_named()
    {
        var response = await Client.Post("/api/customers", new { name = "Li Lei", companyId = 999, ownerId = 998 });

        var problem = await response.As<Problem>();
        Assert.Equal(["there is no record 999"], problem.Errors!["companyId"]);
        Assert.Equal(["there is no user 998"], problem.Errors["ownerId"]);
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_never_overwrites()
    {
        var created = await CreateAsync(new { name = "Zhang Wei" });
        var first = await Client.Put($"/api/customers/{created.Id}", created with { Phone = "+86 10 1234 5678" }, ifMatch: 1);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag!.Tag);

        var stale = await Client.Put($"/api/customers/{created.Id}", created with { Phone = "000" }, ifMatch: 1);
        var staleBody = await Client.Put($"/api/customers/{created.Id}", created with { Phone = "000" });
        var noVersion = await Client.Put($"/api/customers/{created.Id}", created with { Phone = "000", Version = 0 });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleBody.StatusCode);
        Assert.Equal((HttpStatusCode)428, noVersion.StatusCode);
        Assert.Equal("+86 10 1234 5678", (await Client.Get<CustomerRecord>($"/api/customers/{created.Id}")).Phone);
    }

    [Fact]
    public async Task Delete_is_soft_an_admin_still_sees_it_and_purge_removes_it()
    {
        var created = await CreateAsync(new { name = "Liu Yang" });

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/customers/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/customers/{created.Id}")).StatusCode);
        Assert.Equal(0, (await Client.Get<ListPage<CustomerRecord>>("/api/customers")).Total);
        Assert.Equal(1, (await Client.Get<ListPage<CustomerRecord>>("/api/customers?includeDeleted=true")).Total);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/customers/{created.Id}?purge=true")).StatusCode);
        Assert.Equal(0, (await Client.Get<ListPage<CustomerRecord>>("/api/customers?includeDeleted=true")).Total);
    }

    [Fact]
    public async Task Lists_page_filter_and_sort()
    {
        foreach (var (name, stage) in new[] { ("Chen Jing", "customer"), ("An Qi", "lead"), ("Bai Lu", "customer"), ("Du Fei", "customer") })
            await CreateAsync(new { name, stage, tags = stage == "customer" ? new[] { "buyer" } : [] });

        var page = await Client.Get<ListPage<CustomerRecord>>("/api/customers?stage=customer&tag=buyer&sort=-name&page=1&pageSize=2");

        Assert.Equal(3, page.Total);
        Assert.Equal(["Du Fei", "Chen Jing"], page.Items.Select(c => c.Name));
        var second = await Client.Get<ListPage<CustomerRecord>>("/api/customers?stage=customer&sort=-name&page=2&pageSize=2");
        Assert.Equal(["Bai Lu"], second.Items.Select(c => c.Name));
    }

    [Theory]
    [InlineData("/api/customers?colour=red", "colour")]
    [InlineData("/api/customers?stage=sleeping", "stage")]
    [InlineData("/api/customers?sort=shoeSize", "sort")]
    [InlineData("/api/customers?pageSize=501", "pageSize")]
    [InlineData("/api/customers?page=x", "page")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string path, string field)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.As<Problem>()).Errors!.Keys);
    }

    [Fact]
    public async Task The_audit_trail_says_who_did_what_with_before_and_after()
    {
        var created = await CreateAsync(new { name = "Sun Li" });
        await Client.Put($"/api/customers/{created.Id}", created with { Stage = LifecycleStage.Customer }, ifMatch: 1);

        var audit = await Client.Get<List<AuditRow>>($"/api/customers/{created.Id}/audit");

        Assert.Equal(["customer.create", "customer.update"], audit.Select(a => a.Message));
        Assert.All(audit, a => Assert.Equal("apikey:test-kit", a.UserName));
        Assert.Null(audit[0].Before);
        Assert.Equal("lead", audit[1].Before!.Value.GetProperty("stage").GetString());
        Assert.Equal("customer", audit[1].After!.Value.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Malformed_enum_values_and_oversized_bodies_are_refused_cleanly()
    {
        var badEnum = await Client.Post("/api/customers", new { name = "X", stage = "wizard" });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        Assert.Equal("must be one of: lead, qualified, opportunity, customer, repeat, atRisk, churned", Assert.Single((await badEnum.As<Problem>()).Errors!["stage"]));

        // With its length declared and Expect: 100-continue, the refusal comes before the body is sent (RequestLimitTests).
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/api/customers")
        {
            Content = new StringContent($$"""{ "name": "{{new string('x', 2 * 1024 * 1024)}}" }""", System.Text.Encoding.UTF8, "application/json"),
        };
        huge.Headers.ExpectContinue = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.SendAsync(huge)).StatusCode);
        Assert.Equal(0, (await Client.Get<ListPage<CustomerRecord>>("/api/customers")).Total);
    }

    private sealed record AuditRow(string Message, string UserName, System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After);
}
