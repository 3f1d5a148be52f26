using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Tasks;

[CollectionDefinition(Name)]
public sealed class TaskCollection : ICollectionFixture<TaskWorld>
{
    public const string Name = "tasks";
}

/// <summary>
/// One host with the built-in plugins and two teams, shared by the task, follow-up and day tests: each test makes its own
/// records (and a fresh rep where it counts what a user has), and none moves the clock (2026-01-05 09:00 UTC).
/// </summary>
public sealed class TaskWorld : IAsyncLifetime
{
    public CrmTestHost Host { get; private set; } = null!;
    public HttpClient Admin => Host.Client;
    public long East { get; private set; }
    public long West { get; private set; }
    public (CrmTestUser User, HttpClient Client) EastRep { get; private set; }
    public (CrmTestUser User, HttpClient Client) EastRep2 { get; private set; }
    public (CrmTestUser User, HttpClient Client) EastManager { get; private set; }
    public (CrmTestUser User, HttpClient Client) WestRep { get; private set; }
    public (CrmTestUser User, HttpClient Client) WestManager { get; private set; }
    public DateTime Now => Host.Clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        Host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);
        East = await Host.CreateTeamAsync("East");
        West = await Host.CreateTeamAsync("West");
        EastRep = await Host.ActAsAsync(CrmRole.Rep, East);
        EastRep2 = await Host.ActAsAsync(CrmRole.Rep, East);
        EastManager = await Host.ActAsAsync(CrmRole.Manager, East);
        WestRep = await Host.ActAsAsync(CrmRole.Rep, West);
        WestManager = await Host.ActAsAsync(CrmRole.Manager, West);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public async Task<TaskRecord> TaskAsync(HttpClient client, object task)
    {
        var response = await client.Post("/api/tasks", task);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.As<TaskRecord>();
    }

    public async Task<CustomerRecord> CustomerAsync(HttpClient client, string name) =>
        await (await client.Post("/api/customers", new { name })).As<CustomerRecord>();

    public async Task<List<long>> TaskIdsAsync(HttpClient client, string query) =>
        (await client.Get<ListPage<TaskRecord>>($"/api/tasks?{query}")).Items.Select(t => t.Id).ToList();
}
