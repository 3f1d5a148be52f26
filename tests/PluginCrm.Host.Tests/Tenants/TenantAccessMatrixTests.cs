using PluginCrm.Host.Tests.Access;
using PluginCrm.Sdk.Testing;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Tenants;

/// <summary>
/// The authorisation matrix across two tenants of one host process. Acme and beta are made alike (the same users, teams and
/// records, so the same ids), each record holding a secret of its own tenant's. Beta's matrix then runs through the shared
/// address by beta's host name (its people's rows; the API keys' rows, which ask the same queries, run in the one-company
/// matrix), and again with every one of acme's people and API keys in each actor's place: acme's
/// credentials must count for nothing in beta (401, or the console's sign-in page), show neither tenant's records and change
/// nothing, though every id they name is one acme's people may read in acme. The PostgreSQL run leaves out beta's own
/// matrix (the tenant's routing is the same there, and the one-company matrix runs on PostgreSQL) and keeps the strangers'.
/// </summary>
public sealed class TenantAccessMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private CrmTestTenants tenants = null!;

    public async Task InitializeAsync() => tenants = await CrmTestHost.StartTenantsAsync(["acme", "beta"], AuthorizationMatrixTests.Options);

    public Task DisposeAsync() => tenants.DisposeAsync().AsTask();

    [Fact]
    public async Task No_role_of_one_tenant_reaches_anything_of_the_other_and_each_keeps_its_own_rules()
    {
        var acme = await AuthorizationMatrixTests.PrepareAsync(tenants["acme"]);
        // Both matrices start at the same moment, as the KPI rows' days need (making acme's moved the shared clock on).
        tenants.Clock.Advance(CoreMatrixRows.Start - tenants.Clock.GetUtcNow());
        var beta = await AuthorizationMatrixTests.PrepareAsync(tenants["beta"], alsoAsApiKeys: false);

        // Beta's own rules behind the tenant's host name are the same routing on either database, and the one-company
        // matrix checks the rules on PostgreSQL: the PostgreSQL run checks what only it can, acme's credentials in beta.
        var own = CrmTestHost.OnPostgres ? null : await beta.RunAsync();
        var strangers = await beta.RunAsStrangersAsync(acme);
        var sameIds = await acme.Admin.GetStringAsync("/api/customers/1");

        output.WriteLine($"beta's own matrix: {own?.Calls ?? 0} calls; with acme's credentials: {strangers.Calls} calls");
        own?.ThrowIfAny();
        strangers.ThrowIfAny();
        Assert.Contains(acme.Secret, await acme.Admin.GetStringAsync("/api/customers?pageSize=200"));
        Assert.Contains("\"id\":1", sameIds);
    }
}
