using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Access;

/// <summary>The authorisation matrix again with the host and the built-in plugins on PostgreSQL: the same rows as every role, zero leaks.</summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name), Trait(PostgresCollection.Repeat, PostgresCollection.ForSqliteRuns)]
public sealed class AuthorizationMatrixOnPostgresTests(PostgresCluster cluster, ITestOutputHelper output) : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o =>
    {
        AuthorizationMatrixTests.Options(o);
        o.Settings["Database:Provider"] = "postgres";
        o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
    });

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public Task Every_endpoint_answers_each_role_only_what_it_may_see_and_do() => AuthorizationMatrixTests.RunAsync(host, output, alsoAsApiKeys: false);
}
