using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Leases;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// How a host process claims queued rows on PostgreSQL: rows another transaction has locked are skipped, not waited
/// for, and a row is held by one claimant only.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class RowLeaseTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fx-deliveries", "PluginCrm.Fixtures.Plugins.Outbox.DeliveryLogPlugin");
    private readonly string connectionString = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = connectionString;
        });
        for (var i = 1; i <= 5; i++) // five customers: five PostCommit deliveries waiting (the test host delivers only when asked)
            (await host.Client.PostAsJsonAsync("/api/customers", new { name = $"Customer {i}" })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
    }

    [Fact]
    public async Task A_claim_skips_the_rows_another_transaction_holds_and_two_claims_never_share_a_row()
    {
        var leases = host.Services.GetRequiredService<RowLeases>();
        var databases = host.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        var now = DateTime.UtcNow;

        // Another process in the middle of its claim: the two oldest rows locked, its transaction still open.
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var lockTwo = new NpgsqlCommand("SELECT \"Id\" FROM outbox ORDER BY \"Id\" LIMIT 2 FOR UPDATE", other, transaction))
            await lockTwo.ExecuteNonQueryAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // without SKIP LOCKED the claim would wait on those rows
        await using var db = await databases.CreateDbContextAsync();
        var ids = await db.Outbox.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        var first = await leases.ClaimAsync(db, db.Outbox.Where(o => o.DeliveredUtc == null), 2, "first", now, TimeSpan.FromMinutes(1), patience.Token);
        Assert.Equal(ids[2..4], first.Select(o => o.Id));

        await transaction.RollbackAsync();
        var second = await leases.ClaimAsync(db, db.Outbox.Where(o => o.DeliveredUtc == null), 10, "second", now, TimeSpan.FromMinutes(1), patience.Token);
        Assert.Equal([ids[0], ids[1], ids[4]], second.Select(o => o.Id));
        Assert.Empty(await leases.ClaimAsync(db, db.Outbox.Where(o => o.DeliveredUtc == null), 10, "third", now, TimeSpan.FromMinutes(1), patience.Token));
    }
}
