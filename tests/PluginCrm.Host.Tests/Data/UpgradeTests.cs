using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PluginCrm.Host.Access;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// A SQLite file of the previous release upgrades in place on start, keeping its users and its audit (on SQLite whatever the
/// run's database: Data/PostgresUpgradeTests upgrades a PostgreSQL database).
/// </summary>
public sealed class UpgradeTests
{
    private const string PreviousRelease = "20261123152749_Notifications";

    [Fact]
    public async Task A_database_of_the_previous_release_upgrades_and_keeps_its_users_and_audit()
    {
        using var data = new TempFolder();
        await using (var old = new CrmDbContextFactory(new CrmDatabase(new DatabaseOptions(), data.Path)).CreateDbContext())
        {
            await old.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            var hash = PasswordHasher.Hash("an old long password", PasswordCost.Default);
            await old.Database.ExecuteSqlAsync($"""
                INSERT INTO users (Email, Name, Role, TeamId, PasswordHash, Active, CreatedUtc, UpdatedUtc, Version)
                VALUES ('veteran@example.com', 'Veteran', 'Rep', NULL, {hash}, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1);
                INSERT INTO audit (OccurredUtc, UserId, UserName, Message, RecordType, RecordId)
                VALUES ('2026-01-02 00:00:00', 1, 'veteran@example.com', 'customer.create', 'customer', 7);
                """);
        }

        await using var host = await CrmTestHost.StartAsync(o => (o.DataDirectory, o.Settings["Database:Provider"]) = (data.Path, "sqlite"));

        var signIn = await host.AnonymousClient().Post("/api/auth/sign-in", new { email = "veteran@example.com", password = "an old long password" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var audit = await host.Client.Get<ListPage<AuditRow>>("/api/audit?recordType=customer");
        Assert.Equal(("customer.create", 7L, (string?)null), (audit.Items.Single().Message, audit.Items.Single().RecordId, audit.Items.Single().RecordKey));
    }

    [Fact]
    public async Task Customers_leads_and_companies_stored_before_search_keys_are_found_by_them_after_the_upgrade()
    {
        using var data = new TempFolder();
        await using (var old = new CrmDbContextFactory(new CrmDatabase(new DatabaseOptions(), data.Path)).CreateDbContext())
        {
            await old.GetService<IMigrator>().MigrateAsync("20261127132508_AccessAudit");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO companies (Name, CreatedUtc, UpdatedUtc, Version) VALUES ('华为技术有限公司', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1);
                INSERT INTO customers (Name, Kind, CompanyId, Phone, Stage, Tags, ConsentToContact, CreatedUtc, UpdatedUtc, Version)
                VALUES ('王 小明', 'Person', 1, '＋８６ １３８ ００１３ ８０００', 'Lead', '', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 3);
                INSERT INTO leads (Name, CompanyName, Phone, Status, CreatedUtc, UpdatedUtc, Version)
                VALUES ('陈静', 'ACME Ltd.', '0086-139-0001-2345', 'New', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1);
                """);
        }

        await using var host = await CrmTestHost.StartAsync(o => (o.DataDirectory, o.Settings["Database:Provider"]) = (data.Path, "sqlite"));

        foreach (var q in new[] { "13800138000", "王小明", "华为" })
            Assert.Equal(3L, (await host.Client.Get<ListPage<Sdk.Records.CustomerRecord>>($"/api/customers?q={Uri.EscapeDataString(q)}")).Items.Single().Version);
        foreach (var q in new[] { "13900012345", "acme" })
            Assert.Equal("陈静", (await host.Client.Get<ListPage<Sdk.Records.LeadRecord>>($"/api/leads?q={Uri.EscapeDataString(q)}")).Items.Single().Name);
    }

    private sealed record AuditRow(string Message, long RecordId, string? RecordKey);
}
