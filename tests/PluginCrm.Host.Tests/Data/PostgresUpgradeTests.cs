using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PluginCrm.Host.Access;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// A PostgreSQL database of the release before PostgreSQL was offered (the host's schema up to its user-language
/// migration, no plugin tables yet) upgrades in place on start, as <see cref="UpgradeTests"/> checks on SQLite: its users
/// sign in, its audit reads back, and the built-in plugins' tables are made beside it.
/// </summary>
[Collection(PostgresCollection.Name), Trait(PostgresCollection.Database, PostgresCollection.Name)]
public sealed class PostgresUpgradeTests(PostgresCluster cluster)
{
    private const string PreviousRelease = "20261127222357_UserLanguage";

    [Fact]
    public async Task A_database_of_the_previous_release_upgrades_and_keeps_its_users_and_audit()
    {
        using var data = new TempFolder();
        var connectionString = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = connectionString };
        await using (var old = new CrmDbContextFactory(new CrmDatabase(options, data.Path)).CreateDbContext())
        {
            await old.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            var hash = PasswordHasher.Hash("an old long password", PasswordCost.Default);
            await old.Database.ExecuteSqlAsync($"""
                INSERT INTO users ("Email", "Name", "Role", "TeamId", "PasswordHash", "Active", "CreatedUtc", "UpdatedUtc", "Version")
                VALUES ('veteran@example.com', 'Veteran', 'Rep', NULL, {hash}, TRUE, '2026-01-01 00:00:00+00', '2026-01-01 00:00:00+00', 1);
                INSERT INTO audit ("OccurredUtc", "UserId", "UserName", "Message", "RecordType", "RecordId")
                VALUES ('2026-01-02 00:00:00+00', 1, 'veteran@example.com', 'customer.create', 'customer', 7);
                """);
        }

        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.DataDirectory = data.Path;
            o.PluginsDirectory = TestPaths.BuiltInPlugins;
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = connectionString;
        });

        var signIn = await host.AnonymousClient().Post("/api/auth/sign-in", new { email = "veteran@example.com", password = "an old long password" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var audit = await host.Client.Get<ListPage<AuditRow>>("/api/audit?recordType=customer");
        Assert.Equal(("customer.create", 7L), (audit.Items.Single().Message, audit.Items.Single().RecordId));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/notes")).StatusCode); // a plugin's tables, made on the upgrade
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private sealed record AuditRow(string Message, long RecordId);
}
