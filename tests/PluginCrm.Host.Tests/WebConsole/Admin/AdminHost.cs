using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>
/// A host of its own for the admin screens, which change what they show: the built-in plugins, 'base' that 'addon' needs,
/// and a plugin that fails to load; an admin and a rep who sign in with a cookie.
/// </summary>
public sealed class AdminHost : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.com", RepEmail = "rep@example.com", ManagerEmail = "manager@example.com";

    private readonly PluginsFolder plugins;

    private AdminHost(PluginsFolder plugins, CrmTestHost host) => (this.plugins, Host) = (plugins, host);

    public CrmTestHost Host { get; }

    public static async Task<AdminHost> StartAsync()
    {
        var plugins = new PluginsFolder()
            .Add("base")
            .Add("addon", dependencies: new() { ["base"] = "^1.0.0" })
            .AddRaw("broken", """{ "id": "broken" }""")
            .AddBuiltIns();
        var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);
        var team = await host.CreateTeamAsync("East");
        await host.SignedInUserAsync(AdminEmail, CrmRole.Admin);
        await host.SignedInUserAsync(RepEmail, CrmRole.Rep, team);
        await host.SignedInUserAsync(ManagerEmail, CrmRole.Manager, team);
        return new AdminHost(plugins, host);
    }

    /// <summary>A cookie session of <paramref name="email"/>'s.</summary>
    public async Task<ConsoleSession> SignInAsync(string email = AdminEmail)
    {
        var session = new ConsoleSession(Host.Client.BaseAddress!);
        (await session.SignInAsync(email, CrmTestHost.Password)).Dispose();
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        plugins.Dispose();
    }
}
