using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// The SDK's command for a plugin's hot path (<see cref="IPluginDatabase.CreateCommandAsync"/>): it carries the change's
/// open transaction, so it commits or rolls back with it, and outside one it opens the scope's connection with the
/// settings the host gives every connection, leaving it open for the scope's contexts.
/// </summary>
public sealed class PluginDatabaseCommandTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        await RunAsync(scope, "CREATE TABLE test_plugin_rows (n INTEGER NOT NULL)");
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private static async Task<object?> RunAsync(AsyncServiceScope scope, string sql)
    {
        await using var command = await scope.ServiceProvider.GetRequiredService<IPluginDatabase>().CreateCommandAsync(sql, CancellationToken.None);
        return await command.ExecuteScalarAsync();
    }

    // As the pipeline opens a change: the host's context begins the transaction, the scope's connection carries it.
    private static async Task InChangeAsync(AsyncServiceScope scope, string sql, bool commit)
    {
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var connection = scope.ServiceProvider.GetRequiredService<ScopedConnection>();
        await using var change = await db.Database.BeginTransactionAsync();
        connection.Transaction = change.GetDbTransaction();
        await RunAsync(scope, sql);
        if (commit)
            await change.CommitAsync();
        connection.Transaction = null;
    }

    private async Task<long> CountAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return Convert.ToInt64(await RunAsync(scope, "SELECT COUNT(*) FROM test_plugin_rows"));
    }

    [Fact]
    public async Task A_command_in_a_change_commits_or_rolls_back_with_it()
    {
        await using (var scope = host.Services.CreateAsyncScope())
            await InChangeAsync(scope, "INSERT INTO test_plugin_rows (n) VALUES (1)", commit: false);
        Assert.Equal(0, await CountAsync());

        await using (var scope = host.Services.CreateAsyncScope())
            await InChangeAsync(scope, "INSERT INTO test_plugin_rows (n) VALUES (2)", commit: true);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Outside_a_change_it_opens_the_connection_as_the_host_does_and_leaves_it_to_the_scope()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<ScopedConnection>().Connection;
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);

        if (!CrmTestHost.OnPostgres)
        {
            Assert.Equal(1L, await RunAsync(scope, "PRAGMA foreign_keys"));
            Assert.True((long)(await RunAsync(scope, "PRAGMA busy_timeout"))! > 0);
        }
        await RunAsync(scope, "INSERT INTO test_plugin_rows (n) VALUES (3)");

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        // The scope's contexts use the open connection as it is.
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database
            .SqlQueryRaw<int>("SELECT n AS \"Value\" FROM test_plugin_rows WHERE n = 3").CountAsync());
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }
}
