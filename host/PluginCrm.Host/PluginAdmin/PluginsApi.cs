using System.Text.Json.Nodes;
using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Settings;
using PluginCrm.Sdk.Access;
using Semver;

namespace PluginCrm.Host.PluginAdmin;

/// <summary><c>/api/plugins</c>: what is installed, module switches, plugin settings, the upgrade pre-flight.</summary>
public static class PluginsApi
{
    public static void MapPluginsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plugins");

        api.MapGet("/", (PluginCatalog catalog, ModuleSwitches switches, CancellationToken ct) => PluginReport.ListAsync(catalog, switches, ct));

        api.MapGet("/check", (string? sdk, PluginsDirectory directory) =>
        {
            if (sdk is not null && !SemVersion.TryParse(sdk, SemVersionStyles.Strict, out _))
                return Problems.Field("sdk", $"'{sdk}' is not a SemVer version such as 1.2.0");
            var version = sdk is null ? HostSdk.Version : SemVersion.Parse(sdk, SemVersionStyles.Strict);
            return TypedResults.Ok(new CompatibilityCheck(version.ToString(), CompatibilityReport.Check(directory.Path, version)));
        }).Produces<CompatibilityCheck>();

        api.MapGet("/{id}", async (string id, PluginCatalog catalog, ModuleSwitches switches, CancellationToken ct) =>
            catalog.Find(id) is { } entry
                ? TypedResults.Ok(PluginReport.Describe(entry, switches, await switches.DisabledIdsAsync(ct)))
                : Problems.NotFound($"no plugin with id '{id}' is installed")).Produces<PluginInfo>();

        api.MapPost("/{id}/enable", async (string id, HttpContext http, ModuleSwitches switches, CancellationToken ct) =>
            await Switch(() => switches.EnableAsync(id, http.User.ToActingUser().Name, ct), enabled: true)).RequireAuthorization(AccessPolicies.Admin).Produces<SwitchedModules>();

        api.MapPost("/{id}/disable", async (string id, bool? cascade, HttpContext http, ModuleSwitches switches, CancellationToken ct) =>
            await Switch(() => switches.DisableAsync(id, cascade ?? false, http.User.ToActingUser().Name, ct), enabled: false)).RequireAuthorization(AccessPolicies.Admin).Produces<SwitchedModules>();

        api.MapGet("/{id}/settings", async (string id, PluginCatalog catalog, SettingsStore store, CancellationToken ct) =>
        {
            if (SettingsOf(catalog, id) is not { } definition)
                return Problems.NotFound($"the plugin '{id}' is not loaded or has no settings");
            return TypedResults.Ok(SettingsMerger.Merge(definition, await store.GetOverridesAsync(id, ct)));
        }).Produces<JsonObject>();

        api.MapPut("/{id}/settings", async (string id, JsonObject changes, HttpContext http, PluginCatalog catalog, SettingsStore store, CancellationToken ct) =>
        {
            if (SettingsOf(catalog, id) is not { } definition)
                return Problems.NotFound($"the plugin '{id}' is not loaded or has no settings");
            try
            {
                return TypedResults.Ok(await store.SaveAsync(definition, changes, http.User.ToActingUser().Name, ct));
            }
            catch (SettingsValidationException ex)
            {
                return Results.ValidationProblem(ex.Errors.ToDictionary(), title: "Invalid settings", detail: ex.Message);
            }
        }).RequireAuthorization(AccessPolicies.Admin).Produces<JsonObject>();
    }

    private static SettingsDefinition? SettingsOf(PluginCatalog catalog, string id) =>
        catalog.Find(id) is { IsLoaded: true } entry ? entry.Contributions.Settings : null;

    private static async Task<IResult> Switch(Func<Task<IReadOnlyList<string>>> change, bool enabled)
    {
        try
        {
            var changed = await change();
            return TypedResults.Ok(enabled ? new SwitchedModules(changed, []) : new SwitchedModules([], changed));
        }
        catch (ModuleSwitchException ex)
        {
            return ex.NotFound ? Problems.NotFound(ex.Message) : Problems.Conflict(ex.Message);
        }
    }
}
