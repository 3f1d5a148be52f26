using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tenants;

/// <summary>
/// Two companies, acme and beta, served side by side by one host process on one address, each on its own SQLite file and
/// each given the same ids (customer 1 in both, with different names): a request reaches only the tenant its host name or
/// X-Crm-Tenant header names, and nothing kept by a tenant's database (records, sessions, module switches, templates,
/// PostCommit deliveries, jobs) reaches the other.
/// </summary>
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fixture", entryType: "PluginCrm.Fixtures.Plugins.Pipeline.PipelinePlugin");
    private readonly TempFolder data = new();
    private CrmTestTenants tenants = null!;

    private CrmTestHost Acme => tenants["acme"];
    private CrmTestHost Beta => tenants["beta"];
    private string Trace => Path.Combine(data.Path, "post-commit.txt");

    public async Task InitializeAsync()
    {
        tenants = await CrmTestHost.StartTenantsAsync(["acme", "beta"], o =>
        {
            o.DataDirectory = data.Path;
            o.PluginsDirectory = plugins.Path;
            o.AddPluginFolder(Path.Combine(TestPaths.BuiltInPlugins, "PluginCrm.Notes"));
            o.Settings["Plugins:fixture:TraceFile"] = Trace;
        });
        Assert.Equal(1, (await (await Acme.Client.Post("/api/customers", new { name = "Acme's own customer" })).As<CustomerRecord>()).Id);
        Assert.Equal(1, (await (await Beta.Client.Post("/api/customers", new { name = "Beta's own customer" })).As<CustomerRecord>()).Id);
    }

    public async Task DisposeAsync()
    {
        await tenants.DisposeAsync();
        plugins.Dispose();
        data.Dispose();
    }

    private static async Task<string> NameOfCustomer1Async(HttpClient client) => (await client.Get<CustomerRecord>("/api/customers/1")).Name;

    private HttpClient WithToken(HttpClient client, HttpClient tokenOf)
    {
        client.DefaultRequestHeaders.Authorization = tokenOf.DefaultRequestHeaders.Authorization;
        return client;
    }

    [Fact]
    public void Each_tenants_links_are_in_its_own_host_name_on_the_fronts_port()
    {
        var port = tenants.Client().BaseAddress!.Port;

        Assert.Equal($"http://acme.crm.test:{port}", Acme.Services.GetRequiredService<Sdk.Http.ICrmPublicAddress>().BaseUrl);
        Assert.Equal($"http://beta.crm.test:{port}", Beta.Services.GetRequiredService<Sdk.Http.ICrmPublicAddress>().BaseUrl);
    }

    [Fact]
    public async Task Each_host_name_and_header_reaches_its_own_tenant_only()
    {
        var byHeader = WithToken(tenants.Client(), Beta.Client);
        byHeader.DefaultRequestHeaders.Add("X-Crm-Tenant", "beta");

        Assert.Equal("Acme's own customer", await NameOfCustomer1Async(Acme.Client));
        Assert.Equal("Beta's own customer", await NameOfCustomer1Async(Beta.Client));
        Assert.Equal("Beta's own customer", await NameOfCustomer1Async(byHeader));
        Assert.Equal(Path.Combine(data.Path, "tenants", "acme"), Acme.DataDirectory);
        Assert.Equal(File.Exists(Path.Combine(data.Path, "tenants", "beta", "crm.db")), !TestDatabase.OnPostgres); // else a database of its own on the server
        Assert.NotEqual(Acme.Services.GetRequiredService<CrmDatabase>().Provider.Location, Beta.Services.GetRequiredService<CrmDatabase>().Provider.Location);
        Assert.False(File.Exists(Path.Combine(data.Path, "crm.db")));
    }

    [Fact]
    public async Task A_request_naming_no_tenant_an_unknown_one_or_two_is_a_problem()
    {
        var none = await tenants.Client().GetAsync("/health");
        var unknownHost = await tenants.Client("gamma.crm.test").GetAsync("/health");
        var unknownHeader = tenants.Client();
        unknownHeader.DefaultRequestHeaders.Add("X-Crm-Tenant", "gamma");
        var unknown = await unknownHeader.GetAsync("/health");
        var both = tenants.Client(CrmTestTenants.HostName("acme"));
        both.DefaultRequestHeaders.Add("X-Crm-Tenant", "beta");
        var crossed = await both.GetAsync("/api/customers/1");
        var agreeing = tenants.Client(CrmTestTenants.HostName("acme"));
        agreeing.DefaultRequestHeaders.Add("X-Crm-Tenant", "acme");

        await AssertProblemAsync(none, HttpStatusCode.BadRequest, "call it by a tenant's host name or name the tenant in the X-Crm-Tenant header");
        await AssertProblemAsync(unknownHost, HttpStatusCode.BadRequest, "X-Crm-Tenant");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "there is no tenant 'gamma'");
        await AssertProblemAsync(crossed, HttpStatusCode.BadRequest, "the host name acme.crm.test is tenant acme's, and the X-Crm-Tenant header names 'beta'");
        Assert.Equal(HttpStatusCode.OK, (await agreeing.GetAsync("/health")).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.As<Problem>()).Detail);
    }

    [Fact]
    public async Task A_session_or_key_of_one_tenant_is_unknown_to_the_other()
    {
        var (_, acmeAdmin) = await Acme.SignedInUserAsync("same@example.com", CrmRole.Admin);
        var (_, betaAdmin) = await Beta.SignedInUserAsync("same@example.com", CrmRole.Admin);
        var acmeKey = await Acme.CreateApiKeyAsync("integration", CrmRole.Admin);

        Assert.Equal("Acme's own customer", await NameOfCustomer1Async(acmeAdmin));
        Assert.Equal("Beta's own customer", await NameOfCustomer1Async(betaAdmin));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(Beta.AnonymousClient(), acmeAdmin).GetAsync("/api/customers/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(Acme.AnonymousClient(), betaAdmin).GetAsync("/api/customers/1")).StatusCode);
        var keyOnBeta = Beta.AnonymousClient();
        keyOnBeta.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", acmeKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyOnBeta.GetAsync("/api/customers/1")).StatusCode);

        // Signing out of acme ends acme's session only.
        Assert.True((await acmeAdmin.PostAsync("/api/auth/sign-out", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await acmeAdmin.GetAsync("/api/customers/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await betaAdmin.GetAsync("/api/customers/1")).StatusCode);
    }

    [Fact]
    public async Task A_module_switched_off_in_one_tenant_stays_on_in_the_other()
    {
        Assert.Equal(HttpStatusCode.OK, (await Acme.Client.PostAsync("/api/plugins/notes/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Acme.Client.PostAsync("/api/plugins/fixture/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Acme.Client.GetAsync("/api/notes?subject=customer:1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Beta.Client.GetAsync("/api/notes?subject=customer:1")).StatusCode);
        // The fixture's PreValidation step refuses names with 'blocked': no longer in acme, still in beta.
        Assert.Equal(HttpStatusCode.Created, (await Acme.Client.Post("/api/customers", new { name = "Blocked Ltd" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Beta.Client.Post("/api/customers", new { name = "Blocked Ltd" })).StatusCode);
    }

    [Fact]
    public async Task A_template_saved_in_one_tenant_does_not_render_in_the_other()
    {
        Assert.Equal(HttpStatusCode.Created, (await Acme.Client.Put("/api/templates/greeting.card", new { kind = "message", body = "Dear {{ customer.name }}, from Acme" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Beta.Client.Put("/api/templates/other.card", new { kind = "message", body = "Beta's" })).StatusCode);

        var inAcme = await Acme.Client.Post("/api/templates/greeting.card/preview", new { recordType = "customer", recordId = 1 });
        var inBeta = await Beta.Client.Post("/api/templates/greeting.card/preview", new { recordType = "customer", recordId = 1 });

        Assert.Contains("Dear Acme's own customer, from Acme", await inAcme.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, inBeta.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Beta.Client.GetAsync("/api/templates/greeting.card")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Acme.Client.GetAsync("/api/templates/other.card")).StatusCode);
    }

    [Fact]
    public async Task A_PostCommit_delivery_and_a_job_run_in_one_tenant_touch_only_its_database()
    {
        Assert.Equal((1, 1), (await PendingOutboxAsync(Acme), await PendingOutboxAsync(Beta)));

        Assert.True(await Acme.DeliverOutboxAsync() >= 1);

        Assert.Equal((0, 1), (await PendingOutboxAsync(Acme), await PendingOutboxAsync(Beta)));
        // The trace file is the configuration's, shared by both: what a delivery writes there says whose outbox it came from.
        var trace = await File.ReadAllTextAsync(Trace);
        Assert.Contains("delivered customer.create 1 Acme's own customer", trace);
        Assert.DoesNotContain("Beta", trace);
        Assert.True(await Beta.DeliverOutboxAsync() >= 1);
        Assert.Contains("delivered customer.create 1 Beta's own customer", await File.ReadAllTextAsync(Trace));

        tenants.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("host.lifecycle-churn", await Acme.RunDueJobsAsync());
        Assert.Equal((true, false), (await RanAsync(Acme, "host.lifecycle-churn"), await RanAsync(Beta, "host.lifecycle-churn")));
        Assert.Contains("host.lifecycle-churn", await Beta.RunDueJobsAsync());
        Assert.True(await RanAsync(Beta, "host.lifecycle-churn"));
    }

    private static async Task<int> PendingOutboxAsync(CrmTestHost tenant)
    {
        await using var scope = tenant.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Outbox.CountAsync(m => m.DeliveredUtc == null);
    }

    private static async Task<bool> RanAsync(CrmTestHost tenant, string job)
    {
        await using var scope = tenant.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().JobSchedules.AnyAsync(j => j.JobKey == job && j.LastRunUtc != null);
    }
}
