using System.Net;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tenants;

/// <summary>One host process serving a tenant on SQLite and one on PostgreSQL, with the same ids: each sees its own, and one's credentials are nothing to the other.</summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class TenantOnPostgresTests(PostgresCluster cluster) : IAsyncLifetime
{
    private CrmTestTenants tenants = null!;

    public async Task InitializeAsync() => tenants = await CrmTestHost.StartTenantsAsync(["acme", "beta"], o =>
    {
        o.PluginsDirectory = TestPaths.BuiltInPlugins;
        o.TenantDatabases["beta"] = $"postgres:{cluster.ConnectionString($"crm_{Guid.NewGuid():N}")}";
    });

    public Task DisposeAsync() => tenants.DisposeAsync().AsTask();

    [Fact]
    public async Task A_tenant_on_sqlite_and_one_on_postgres_each_see_their_own_records_of_the_same_id()
    {
        var acme = tenants["acme"];
        var beta = tenants["beta"];
        Assert.Equal(1, (await (await acme.Client.Post("/api/customers", new { name = "王芳 of Acme" })).As<CustomerRecord>()).Id);
        Assert.Equal(1, (await (await beta.Client.Post("/api/customers", new { name = "王芳 of Beta" })).As<CustomerRecord>()).Id);
        Assert.Equal(HttpStatusCode.OK, (await acme.Client.PostAsync("/api/plugins/notes/disable", null)).StatusCode);

        Assert.Equal("王芳 of Acme", (await acme.Client.Get<CustomerRecord>("/api/customers/1")).Name);
        Assert.Equal("王芳 of Beta", (await beta.Client.Get<CustomerRecord>("/api/customers/1")).Name);
        var acmeKeyOnBeta = beta.AnonymousClient();
        acmeKeyOnBeta.DefaultRequestHeaders.Authorization = acme.Client.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await acmeKeyOnBeta.GetAsync("/api/customers/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await acme.Client.GetAsync("/api/notes?subject=customer:1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beta.Client.GetAsync("/api/notes?subject=customer:1")).StatusCode);
        Assert.Equal("postgres", beta.Services.GetService(typeof(PluginCrm.Host.Data.CrmDatabase)) is PluginCrm.Host.Data.CrmDatabase db ? db.Provider.Name : null);
    }
}
