using PluginCrm.Host.Hosting;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// Several tenants (companies) served by one host process behind one address, as <c>crm serve</c> serves a data folder with
/// tenants (<see cref="CrmTestHost.StartTenantsAsync"/>). Each tenant is a <see cref="CrmTestHost"/> whose clients reach it
/// by its host name; <see cref="Client"/> makes clients that choose a tenant some other way, or none.
/// </summary>
public sealed class CrmTestTenants : IAsyncDisposable
{
    private readonly CrmTenantsApplication app;
    private readonly IReadOnlyDictionary<string, CrmTestHost> tenants;
    private readonly string? ownedDataDirectory;

    internal CrmTestTenants(CrmTenantsApplication app, IReadOnlyDictionary<string, CrmTestHost> tenants, ManualClock clock, string? ownedDataDirectory)
    {
        (this.app, this.tenants, this.ownedDataDirectory) = (app, tenants, ownedDataDirectory);
        Clock = clock;
    }

    /// <summary>The tenant called <paramref name="name"/>.</summary>
    public CrmTestHost this[string name] => tenants[name];

    /// <summary>
    /// The names of the tenants served now: those it started with, less any removed from <c>tenants.json</c> since and plus
    /// any added (the server follows the file every <c>Tenants:RefreshSeconds</c>).
    /// </summary>
    public IReadOnlyList<string> Served => [.. app.Tenants.Keys];

    /// <summary>The one address every tenant is served on.</summary>
    public Uri BaseAddress => app.BaseAddress;

    /// <summary>The clock every tenant's host keeps.</summary>
    public ManualClock Clock { get; }

    /// <summary>The host name tenant <paramref name="name"/> is registered with: <c>NAME.crm.test</c>.</summary>
    public static string HostName(string name) => $"{name}.crm.test";

    /// <summary>A client of the shared address with no credentials, calling it as <paramref name="hostName"/> (the address's own when null).</summary>
    public HttpClient Client(string? hostName = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (hostName is not null)
            client.DefaultRequestHeaders.Host = hostName;
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var tenant in tenants.Values)
            await tenant.DisposeAsync();
        await app.DisposeAsync();
        if (ownedDataDirectory is not null)
            Directory.Delete(ownedDataDirectory, recursive: true);
    }
}
