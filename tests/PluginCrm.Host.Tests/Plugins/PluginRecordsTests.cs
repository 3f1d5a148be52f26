using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Imports;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>Core records and the directory as a plugin reads and changes them through the SDK.</summary>
public sealed class PluginRecordsTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private async Task<T> InScope<T>(Func<ICrmRecords, Task<T>> use)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ICrmRecords>());
    }

    private sealed record Customer(long Id, string Name, long Version);

    private async Task<Customer> CreateAsync(string name, string region) =>
        await (await host.Client.Post("/api/customers", new { name, kind = "person", region })).As<Customer>();

    [Fact]
    public async Task A_query_streams_every_order_of_the_cdnow_sample_across_pages_with_a_filter()
    {
        await Importing.CdnowAsync(host, SharedData.CdnowSample);
        var rows = File.ReadLines(SharedData.CdnowSample).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length == 5).ToList();
        var inMarch = rows.Count(r => r[2].StartsWith("199703", StringComparison.Ordinal));

        var (all, total, march) = await InScope(async records =>
        {
            var (count, sum) = (0, 0m);
            await foreach (var order in records.QueryAsync<OrderRecord>(null, CancellationToken.None))
                (count, sum) = (count + 1, sum + order.Total);
            var march = 0;
            await foreach (var _ in records.QueryAsync<OrderRecord>(new Dictionary<string, string> { ["from"] = "1997-03-01", ["to"] = "1997-04-01" }, CancellationToken.None))
                march++;
            return (count, sum, march);
        });

        Assert.Equal(rows.Count, all); // 6,919: seven pages of 1,000
        Assert.Equal(rows.Sum(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)), total);
        Assert.Equal(inMarch, march);
    }

    private sealed record Created(long Id);

    [Fact]
    public async Task Counts_by_owner_are_of_the_filtered_owned_records_and_a_type_without_owners_is_refused()
    {
        var team = (await (await host.Client.Post("/api/teams", new { name = "Counters" })).As<Created>()).Id;
        var users = new List<long>();
        foreach (var name in new[] { "ann", "bo" })
            users.Add((await (await host.Client.Post("/api/users", new { email = $"{name}@counts.example", name, role = "rep", teamId = team })).As<Created>()).Id);
        foreach (var (owner, status) in new (long?, string)[] { (users[0], "new"), (users[0], "new"), (users[0], "contacted"), (users[1], "new"), (null, "new") })
            Assert.Equal(HttpStatusCode.Created, (await host.Client.Post("/api/leads", new { name = "Lead", ownerId = owner, status })).StatusCode);

        var (fresh, all) = await InScope(async records => (
            await records.CountByOwnerAsync<LeadRecord>(new Dictionary<string, string> { ["status"] = "new" }, CancellationToken.None),
            await records.CountByOwnerAsync<LeadRecord>(null, CancellationToken.None)));

        Assert.Equal(new Dictionary<long, int> { [users[0]] = 2, [users[1]] = 1 }, fresh);
        Assert.Equal(new Dictionary<long, int> { [users[0]] = 3, [users[1]] = 1 }, all);
        await InScope<bool>(async records =>
        {
            await Assert.ThrowsAsync<ArgumentException>(() => records.CountByOwnerAsync<ProductRecord>(null, CancellationToken.None));
            await Assert.ThrowsAsync<RecordValidationException>(() => records.CountByOwnerAsync<LeadRecord>(new Dictionary<string, string> { ["colour"] = "red" }, CancellationToken.None));
            return true;
        });
    }

    [Fact]
    public async Task An_update_goes_through_the_pipeline_and_is_audited_as_the_user_named()
    {
        var created = await CreateAsync("Wang Fang", "east");

        var renamed = await InScope(async records =>
        {
            var customer = await records.FindAsync<CustomerRecord>(created.Id, CancellationToken.None);
            return await records.UpdateAsync(customer! with { Name = "Wang Fang (VIP)" }, ActingUser.System, CancellationToken.None);
        });

        Assert.Equal(("Wang Fang (VIP)", created.Version + 1), (renamed.Name, renamed.Version));
        var audit = await host.Client.GetStringAsync($"/api/customers/{created.Id}/audit");
        Assert.Contains("customer.update", audit);
        Assert.Contains("\"system\"", audit);
    }

    [Fact]
    public async Task An_update_that_stores_nothing_new_answers_the_record_as_it_is_unaudited()
    {
        var created = await CreateAsync("Zhao Lei", "north");

        var (same, withReason) = await InScope(async records =>
        {
            var customer = (await records.FindAsync<CustomerRecord>(created.Id, CancellationToken.None))!;
            return (await records.UpdateAsync(customer, ActingUser.System, CancellationToken.None),
                await records.UpdateAsync(customer with { Region = " north " }, ActingUser.System, "tidying regions", CancellationToken.None));
        });

        Assert.Equal((created.Version, created.Version), (same.Version, withReason.Version));
        var audit = await host.Client.GetStringAsync($"/api/customers/{created.Id}/audit");
        Assert.DoesNotContain("customer.update", audit);
    }

    [Fact]
    public async Task Refusals_come_as_the_sdk_exceptions()
    {
        var created = await CreateAsync("Li Lei", "west");
        await host.Client.Put($"/api/customers/{created.Id}", new { name = "Li Lei 2", kind = "person", version = created.Version });

        await InScope<bool>(async records =>
        {
            var stale = new CustomerRecord(created.Id, "Li Lei 3", CustomerKind.Person, null, null, null, null, null, null, null, null, null,
                LifecycleStage.Lead, [], false, null, default, default, created.Version);
            await Assert.ThrowsAsync<RecordConflictException>(() => records.UpdateAsync(stale, ActingUser.System, CancellationToken.None));
            var invalid = await Assert.ThrowsAsync<RecordValidationException>(() => records.CreateAsync(stale with { Id = 0, Name = " " }, ActingUser.System, CancellationToken.None));
            Assert.Contains("name", invalid.Errors.Keys);
            await Assert.ThrowsAsync<RecordNotFoundException>(() => records.UpdateAsync(stale with { Id = 999 }, ActingUser.System, CancellationToken.None));
            Assert.Null(await records.FindAsync<CustomerRecord>(999, CancellationToken.None));
            var filter = await Assert.ThrowsAsync<RecordValidationException>(async () =>
            {
                await foreach (var _ in records.QueryAsync<CustomerRecord>(new Dictionary<string, string> { ["colour"] = "red" }, CancellationToken.None))
                {
                }
            });
            Assert.Contains("colour", filter.Errors.Keys);
            return true;
        });
    }

    [Fact]
    public async Task The_directory_lists_users_with_their_team_and_whether_they_are_active()
    {
        var team = await host.CreateTeamAsync("East");
        var (anna, _) = await host.SignedInUserAsync("anna@example.com", CrmRole.Rep, team);
        var (bob, _) = await host.SignedInUserAsync("bob@example.com", CrmRole.Rep, team);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Put($"/api/users/{bob.Id}", new { active = false })).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<ICrmDirectory>();
        var users = await directory.UsersAsync(CancellationToken.None);
        var teams = await directory.TeamsAsync(CancellationToken.None);

        Assert.Contains(new CrmUser(anna.Id, "anna@example.com", anna.Email, CrmRole.Rep, team, true), users);
        Assert.Contains(users, u => u.Id == bob.Id && !u.Active);
        Assert.Equal("East", Assert.Single(teams).Name);
    }
}
