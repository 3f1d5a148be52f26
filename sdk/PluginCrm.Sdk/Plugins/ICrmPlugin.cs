using Microsoft.AspNetCore.Routing;

namespace PluginCrm.Sdk.Plugins;

/// <summary>
/// The one entry class of a plugin. The host creates it with a parameterless constructor,
/// calls <see cref="Configure"/> once while it composes services, <see cref="MapEndpoints"/> once
/// while it builds routes, and <see cref="StartAsync"/> after the database is migrated.
/// </summary>
public interface ICrmPlugin
{
    /// <summary>Registers what the plugin contributes: services, settings, jobs, template functions, tables.</summary>
    void Configure(IPluginBuilder plugin);

    /// <summary>
    /// Maps HTTP endpoints. <paramref name="api"/> is already the group <c>/api/&lt;plugin-id&gt;</c>; its
    /// endpoints answer 404 while the module is switched off.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder api)
    {
    }

    /// <summary>Runs once at start-up, after the plugin's tables are migrated. A throw leaves the plugin out.</summary>
    Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
