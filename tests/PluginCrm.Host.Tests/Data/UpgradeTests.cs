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

/// <summary>A database of the previous release upgrades in place on start, keeping its users and its audit.</summary>
public sealed class UpgradeTests
{
    private const string PreviousRelease = "20261123152749_Notifications";

    [Fact]
    public async Task A_database_of_the_previous_release_upgrades_and_keeps_its_users_and_audit()
    {
        using var data = new TempFolder();
        await using (var old = new CrmDbContextFactory(new CrmDatabase(new CrmOptions { DataDir = data.Path })).CreateDbContext())
        {
            await old.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            var hash = PasswordHasher.Hash("an old long password");
            await old.Database.ExecuteSqlAsync($"""
                INSERT INTO users (Email, Name, Role, TeamId, PasswordHash, Active, CreatedUtc, UpdatedUtc, Version)
                VALUES ('veteran@example.com', 'Veteran', 'Rep', NULL, {hash}, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1);
                INSERT INTO audit (OccurredUtc, UserId, UserName, Message, RecordType, RecordId)
                VALUES ('2026-01-02 00:00:00', 1, 'veteran@example.com', 'customer.create', 'customer', 7);
                """);
        }

        await using var host = await CrmTestHost.StartAsync(o => o.DataDirectory = data.Path);

        var signIn = await host.AnonymousClient().Post("/api/auth/sign-in", new { email = "veteran@example.com", password = "an old long password" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var audit = await host.Client.Get<ListPage<AuditRow>>("/api/audit?recordType=customer");
        Assert.Equal(("customer.create", 7L, (string?)null), (audit.Items.Single().Message, audit.Items.Single().RecordId, audit.Items.Single().RecordKey));
    }

    private sealed record AuditRow(string Message, long RecordId, string? RecordKey);
}
