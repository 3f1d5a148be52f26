using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// The test kit's <see cref="ThrowawayPostgres"/> as an xunit fixture: started once for the classes that share it
/// (<see cref="PostgresCollection"/>), stopped and deleted after them.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private ThrowawayPostgres cluster = null!;

    public int Port => cluster.Port;

    /// <inheritdoc cref="ThrowawayPostgres.ConnectionString"/>
    public string ConnectionString(string database) => cluster.ConnectionString(database);

    public async Task InitializeAsync() => cluster = await ThrowawayPostgres.StartAsync();

    public async Task DisposeAsync() => await cluster.DisposeAsync();
}
