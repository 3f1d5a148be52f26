using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Access;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Notifications.Delivery;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Tenants;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// A real PluginCrm host for tests: the same composition as <c>crm serve</c>, listening on 127.0.0.1 on a
/// free port, with a SQLite file in a temporary folder (or a PostgreSQL database of its own when the run asks for one:
/// <c>PLUGINCRM_TEST_DATABASE=postgres</c>), a <see cref="ManualClock"/>, and the job scheduler
/// and outbox delivery off so that tests run jobs and PostCommit steps when they choose. Its API speaks the SDK's types
/// and its own (<see cref="CrmTestUser"/>, <see cref="CrmTestPlugin"/>, <see cref="CrmTestMessage"/>), so a plugin's tests
/// outside this repository compile against nothing of the host.
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    private readonly CrmApplication app;
    private readonly string? ownedDataDirectory;
    private readonly Uri address;
    private readonly string? tenantHostName;
    private string? ownedPostgresDatabase;

    // A tenant's host (tenantHostName given) is reached through the front's address by its host name, and is disposed with the front.
    private CrmTestHost(CrmApplication app, ManualClock clock, string? ownedDataDirectory, Uri address, string? tenantHostName = null)
    {
        this.app = app;
        this.ownedDataDirectory = ownedDataDirectory;
        this.address = address;
        this.tenantHostName = tenantHostName;
        Clock = clock;
        Client = AnonymousClient();
    }

    /// <summary>A client for the host's HTTP API.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's clock.</summary>
    public ManualClock Clock { get; }

    /// <summary>The host's services, for assertions on a plugin's own data.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Where the host keeps its database and logs.</summary>
    public string DataDirectory => app.Options.DataDirectory;

    /// <summary>Starts a host; dispose it to stop it and delete its temporary data.</summary>
    public static async Task<CrmTestHost> StartAsync(Action<CrmTestHostOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var (options, owned) = Configure(configure);
        // A folder of the test's own that is empty (or not there yet) is as new as one of the kit's: it gets the template too.
        var fresh = owned is not null || !Directory.Exists(options.DataDirectory) || !Directory.EnumerateFileSystemEntries(options.DataDirectory!).Any();
        // The plugins folder's tables come with the template too, unless plugins are added beside it (in process, or folders of the test's).
        var templatePlugins = options.Plugins.Count == 0 && options.PluginFolders.Count == 0 ? options.PluginsDirectory : null;
        var placed = await TestDatabase.PlaceAsync((options.DataDirectory ?? owned)!, options.Settings, fresh, templatePlugins, cancellationToken);
        var app = CrmApplication.Build(StartOptions(options, owned));
        await app.StartAsync(cancellationToken);
        // A database made for a folder of the test's own outlives the host, for a restart on the folder; the cluster goes at the end.
        var host = new CrmTestHost(app, options.Clock, owned, app.BaseAddress) { ownedPostgresDatabase = owned is null ? null : placed };
        await host.AuthorizeAsync(cancellationToken);
        return host;
    }

    /// <summary>
    /// Starts one server for several tenants (companies), as <c>crm serve</c> serves a data folder with tenants: each a host
    /// of its own on its own database (a SQLite file in <c>tenants/&lt;name&gt;/</c> under the data folder, or the one
    /// <see cref="CrmTestHostOptions.TenantDatabases"/> gives), each reached by its host name (<see cref="CrmTestTenants.HostName"/>).
    /// Dispose the result to stop them all and delete the temporary data.
    /// </summary>
    public static async Task<CrmTestTenants> StartTenantsAsync(IReadOnlyList<string> names, Action<CrmTestHostOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var (options, owned) = Configure(configure);
        if (TestDatabase.OnPostgres)
            foreach (var name in names.Where(n => !options.TenantDatabases.ContainsKey(n)))
                options.TenantDatabases[name] = "postgres:" + await TestDatabase.ConnectionStringAsync($"crm_{Guid.NewGuid():N}", cancellationToken);
        var start = StartOptions(options, owned);
        var registry = new TenantRegistry(start.Settings["DataDir"]!);
        registry.Write([.. names.Select(name => new Tenant(name, [CrmTestTenants.HostName(name)], options.TenantDatabases.GetValueOrDefault(name)))]);
        var app = CrmTenantsApplication.Build(start, registry.Read());
        var hosts = new Dictionary<string, CrmTestHost>(StringComparer.Ordinal);
        try
        {
            await app.StartAsync(cancellationToken);
            foreach (var name in names)
            {
                hosts[name] = new CrmTestHost(app.Tenants[name], options.Clock, null, app.BaseAddress, CrmTestTenants.HostName(name));
                await hosts[name].AuthorizeAsync(cancellationToken);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new CrmTestTenants(app, hosts, options.Clock, owned);
    }

    private static (CrmTestHostOptions Options, string? Owned) Configure(Action<CrmTestHostOptions>? configure)
    {
        var options = new CrmTestHostOptions();
        configure?.Invoke(options);
        return (options, options.DataDirectory is null ? Directory.CreateTempSubdirectory("plugincrm-test-").FullName : null);
    }

    private static CrmStartOptions StartOptions(CrmTestHostOptions options, string? owned)
    {
        var start = new CrmStartOptions
        {
            // A cheap password hash: the kit's users live for one test (a host that serves people keeps the full cost).
            ConfigureServices = services => services.AddSingleton<TimeProvider>(options.Clock).AddSingleton(new PasswordCost(1_000)),
        };
        start.Settings["DataDir"] = options.DataDirectory ?? owned;
        start.Settings["PluginsDir"] = options.PluginsDirectory ?? Directory.CreateDirectory(Path.Combine(owned ?? options.DataDirectory!, "no-plugins")).FullName;
        start.Settings["Urls"] = "http://127.0.0.1:0";
        start.Settings["Jobs:PollSeconds"] = "0";
        start.Settings["Jobs:OutboxPollSeconds"] = "0";
        // Every test client signs in from 127.0.0.1: the per-address limit would count them all as one; and the kit's admin
        // key makes thousands of calls a minute (set either to test it).
        start.Settings["Access:SignInsPerAddressPerMinute"] = "100000";
        start.Settings["Access:ApiKeyRequestsPerMinute"] = "10000000";
        foreach (var (setting, value) in options.Settings)
            start.Settings[setting] = value;
        foreach (var (json, directory, plugin) in options.Plugins)
        {
            var (manifest, errors) = PluginManifestReader.Parse(json);
            var candidate = new PluginCandidate(Path.GetFileName(directory), directory, manifest, manifest is null ? string.Join("; ", errors) : null);
            start.InProcessPlugins.Add((candidate, plugin));
        }
        if (options.PluginFolders.Count > 0)
            start.Settings["PluginsDir"] = PluginsFolder(options, owned);
        return start;
    }

    // The kit's client acts as an admin through an API key of its own.
    private async Task AuthorizeAsync(CancellationToken cancellationToken)
    {
        var key = await CreateApiKeyAsync("test-kit", CrmRole.Admin, cancellationToken);
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    /// <summary>The password of every user <see cref="SignedInUserAsync"/> creates.</summary>
    public const string Password = "correct horse battery";

    /// <summary>A client with no credentials, to check what answers without sign-in.</summary>
    public HttpClient AnonymousClient()
    {
        var client = new HttpClient { BaseAddress = address };
        if (tenantHostName is not null)
            client.DefaultRequestHeaders.Host = tenantHostName;
        return client;
    }

    /// <summary>Creates an API key directly (as <c>crm apikey create</c> does) and returns the key.</summary>
    public async Task<string> CreateApiKeyAsync(string name, CrmRole role, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(new NewApiKeyRequest(name, role), cancellationToken)).Key;
    }

    /// <summary>Creates a user with a password, signs it in over HTTP and returns the user and a client that acts as it.</summary>
    public async Task<(CrmTestUser User, HttpClient Client)> SignedInUserAsync(string email, CrmRole role, long? teamId = null, CancellationToken cancellationToken = default)
    {
        UserView user;
        await using (var scope = Services.CreateAsyncScope())
            user = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(new NewUser(email, email, role, teamId, Password), cancellationToken);
        return (new CrmTestUser(user.Id, user.Email, user.Role, user.TeamId), await SignInAsync(email, cancellationToken));
    }

    /// <summary>
    /// Signs in a user made by <see cref="SignedInUserAsync"/> again over HTTP, and returns a client that acts as it: for a
    /// test that moved the clock past the first session's end (<c>Access:SessionHours</c>).
    /// </summary>
    public async Task<HttpClient> SignInAsync(string email, CancellationToken cancellationToken = default)
    {
        var response = await AnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var session = (await response.Content.ReadFromJsonAsync<SessionToken>(cancellationToken))!;
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return client;
    }

    /// <summary>A new signed-in user of <paramref name="role"/> (in <paramref name="teamId"/>), for a test that needs someone who acts so.</summary>
    public Task<(CrmTestUser User, HttpClient Client)> ActAsAsync(CrmRole role, long? teamId = null, CancellationToken cancellationToken = default) =>
        SignedInUserAsync($"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@test.example", role, teamId, cancellationToken);

    /// <summary>
    /// Creates a core record (<see cref="CustomerRecord"/>, <see cref="OrderRecord"/>, ...) through the pipeline as
    /// <paramref name="user"/> (the system when null), so every plugin's steps take part, as when a user saves it.
    /// </summary>
    public async Task<TRecord> CreateAsync<TRecord>(TRecord record, ActingUser? user = null, CancellationToken cancellationToken = default) where TRecord : class
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICrmRecords>().CreateAsync(record, user ?? ActingUser.System, cancellationToken);
    }

    /// <summary>
    /// Runs a plugin's command (<c>crm <paramref name="name"/> <paramref name="arguments"/></c>) in this host, faster than a
    /// process: its output, and its exit code with a refusal as one line on the error output, as <c>crm</c> would print it.
    /// </summary>
    public async Task<CrmCommandResult> RunCommandAsync(string name, params string[] arguments)
    {
        await using var scope = Services.CreateAsyncScope();
        var type = app.Catalog.Loaded.SelectMany(e => e.Contributions.Commands)
            .FirstOrDefault(t => ((Sdk.Commands.IPluginCommand)scope.ServiceProvider.GetRequiredService(t)).Name == name)
            ?? throw new InvalidOperationException($"no loaded plugin has the command '{name}'");
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            var exit = await ((Sdk.Commands.IPluginCommand)scope.ServiceProvider.GetRequiredService(type)).RunAsync(new Sdk.Commands.PluginCommandContext(arguments, output, error), CancellationToken.None);
            return new CrmCommandResult(exit, output.ToString(), error.ToString());
        }
        catch (Exception ex) when (Host.Hosting.CommandLine.PluginCommands.ExitCodeOf(ex) is { } exit)
        {
            error.WriteLine($"crm: {ex.Message}");
            return new CrmCommandResult(exit, output.ToString(), error.ToString());
        }
    }

    /// <summary>The messages in a user's in-app inbox, newest first (deliver the outbox first: <see cref="DeliverOutboxAsync"/>).</summary>
    public async Task<IReadOnlyList<CrmTestMessage>> InboxAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Inbox.AsNoTracking().Where(m => m.UserId == userId)
            .OrderByDescending(m => m.Id).Select(m => new CrmTestMessage(m.Subject, m.Body, m.CreatedUtc, m.ReadUtc != null)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// An open connection of its own to the host's database (SQLite, or PostgreSQL when the run is on it), to read what a
    /// plugin stored as an admin with a SQL client would. Quote column names (<c>"Id"</c>) so that the same SQL reads both.
    /// </summary>
    public async Task<System.Data.Common.DbConnection> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var connection = Services.GetRequiredService<CrmDatabase>().Provider.NewConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Whether this run's hosts are on PostgreSQL (<c>PLUGINCRM_TEST_DATABASE=postgres</c>), not SQLite files.</summary>
    public static bool OnPostgres => TestDatabase.OnPostgres;

    /// <summary>Creates a team directly and returns its id.</summary>
    public async Task<long> CreateTeamAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Teams>().AddAsync(new NewTeam(name, null, null), cancellationToken)).Id;
    }

    /// <summary>
    /// Delivers what is due by <see cref="Clock"/>, in the server's order: the PostCommit steps, the notifications, the
    /// webhooks; returns how many steps ran, notifications were sent or skipped, and webhooks were delivered.
    /// </summary>
    public async Task<int> DeliverOutboxAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var delivery in Services.GetServices<IOutboxDelivery>())
            delivered += await delivery.DeliverDueAsync(cancellationToken);
        return delivered;
    }

    private sealed record SessionToken(string Token);

    /// <summary>Every plugin as <c>GET /api/plugins</c> reports it.</summary>
    public async Task<IReadOnlyList<CrmTestPlugin>> PluginsAsync() =>
        (await Client.GetFromJsonAsync<List<CrmTestPlugin>>("/api/plugins"))!;

    /// <summary>One plugin as <c>GET /api/plugins</c> reports it.</summary>
    public async Task<CrmTestPlugin> PluginAsync(string id) =>
        (await PluginsAsync()).SingleOrDefault(p => p.Id == id) ?? throw new InvalidOperationException($"the host has no plugin '{id}'");

    /// <summary>Runs the jobs that are due by <see cref="Clock"/>; returns their keys.</summary>
    public Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<JobScheduler>().RunDueAsync(cancellationToken);

    // The host loads a plugins directory: one of the kit's own, holding a copy of each plugin folder the test named.
    private static string PluginsFolder(CrmTestHostOptions options, string? owned)
    {
        var root = Directory.CreateDirectory(Path.Combine(owned ?? options.DataDirectory!, "plugins")).FullName;
        foreach (var folder in options.PluginFolders)
            Copy(folder, Path.Combine(root, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))));
        if (options.PluginsDirectory is { } more)
            foreach (var folder in Directory.GetDirectories(more))
                Copy(folder, Path.Combine(root, Path.GetFileName(folder)));
        return root;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (tenantHostName is not null)
            return; // the front's, disposed with it (CrmTestTenants)
        await app.DisposeAsync();
        if (ownedPostgresDatabase is not null)
            await TestDatabase.DropAsync(ownedPostgresDatabase);
        if (ownedDataDirectory is not null)
            Directory.Delete(ownedDataDirectory, recursive: true); // the host closed its file's pooled connections
    }
}
