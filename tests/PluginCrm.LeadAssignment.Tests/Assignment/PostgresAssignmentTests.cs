using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

/// <summary>
/// The statements written by hand (a rotation's credits in one UPDATE, the open-lead counts in one INSERT) and the
/// directory's invalidation, on PostgreSQL with two host processes, as the scale-out deployment runs them.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgresAssignmentTests
{
    [Fact]
    public async Task Two_hosts_on_one_postgres_database_rotate_in_turn_and_see_a_rep_deactivated_by_the_other()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var onPostgres = On(postgres, "crm_assignment");
        await using var first = await AssignmentHost.StartAsync(configure: onPostgres);
        var (east, reps) = await first.TeamAsync("East", 3);
        await first.RuleAsync(new { name = "least loaded", regions = "ll", teamId = east, strategy = "least-loaded" });
        await first.RuleAsync(new { name = "east", teamId = east });
        await using var second = await AssignmentHost.StartAsync(configure: onPostgres);

        var owners = new List<long?>();
        for (var i = 0; i < 4; i++)
            owners.Add((await (i % 2 == 0 ? first : second).LeadAsync(new { name = $"lead {i}", email = $"lead{i}@pg.test" })).OwnerId);
        Assert.Equal([reps[0].Id, reps[1].Id, reps[2].Id, reps[0].Id], owners);

        await Http.EnsureAsync(await first.Admin.PutAsJsonAsync($"/api/users/{reps[1].Id}", new { active = false }));
        Assert.Equal(reps[2].Id, (await second.LeadAsync(new { name = "second rep inactive", email = "inactive@pg.test" })).OwnerId);
        // Owned open leads: reps[0] two, reps[2] two, and the inactive reps[1] is left out.
        Assert.Equal(reps[0].Id, (await second.LeadAsync(new { name = "least loaded", region = "ll", email = "ll@pg.test" })).OwnerId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await second.Admin.PostAsJsonAsync("/api/leads", new { name = "again", email = "LEAD1@pg.test" })).StatusCode);
    }

    [Fact]
    public async Task Thirty_leads_captured_at_once_on_postgres_each_take_a_turn()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var host = await AssignmentHost.StartAsync(configure: On(postgres, "crm_concurrent"));

        // PostgreSQL does not serialise writers as SQLite does: without the rotation's rows locked, two captures read the
        // same credits and one failed with a 500.
        await AssignmentTests.ThirtyAtOnceTakeTurnsAsync(host);
    }

    [Fact]
    public async Task One_rep_claiming_six_pooled_customers_at_once_on_postgres_stays_within_its_daily_limit()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var host = await AssignmentHost.StartAsync(configure: On(postgres, "crm_claims"));
        var (team, reps) = await host.TeamAsync("East", 2, signIn: true);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { claimsPerDay = 1 }));
        var pooled = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var customer = await host.CustomerAsync(new { name = $"pooled {i}", ownerId = reps[0].Id, teamId = team });
            await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/lead-assignment/transfers",
                new { recordType = "customer", recordId = customer.Id, toOwnerId = (long?)null, reason = "no follow-up in 30 days" }));
            pooled.Add(customer.Id);
        }

        // The checks of the daily limit ran at once and saw no claim yet, until a claimant's claims took turns on PostgreSQL.
        var answers = await Task.WhenAll(pooled.Select(id => reps[1].Client.PostAsync($"/api/lead-assignment/pool/customers/{id}/claim", null)));

        Assert.Equal([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.UnprocessableEntity, 5)], answers.Select(a => a.StatusCode).Order());
    }

    private static Action<CrmTestHostOptions> On(ThrowawayPostgres postgres, string database) => o =>
    {
        o.Settings["Database:Provider"] = "postgres";
        o.Settings["Database:ConnectionString"] = postgres.ConnectionString(database);
    };
}
