using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Modules;

namespace PluginCrm.Host.Modules;

/// <summary>
/// Turns installed modules on and off at run time. The switch lives in the database and is read on
/// every use, so every host process agrees without a restart or a cache to invalidate.
/// </summary>
public sealed class ModuleSwitches(
    PluginCatalog catalog, IDbContextFactory<CrmDbContext> databases, TimeProvider time, Access.AuditTrail audit,
    IServiceScopeFactory scopes, ILogger<ModuleSwitches> logger) : IModuleSwitches
{
    public async Task<bool> IsEnabledAsync(string pluginId, CancellationToken cancellationToken)
    {
        var entry = catalog.Find(pluginId);
        return entry is { IsLoaded: true } && IsEnabled(entry, await DisabledIdsAsync(cancellationToken));
    }

    /// <summary>The ids switched off by an admin (modules without a row are on).</summary>
    public async Task<IReadOnlySet<string>> DisabledIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return (await db.Modules.AsNoTracking().Where(m => !m.Enabled).Select(m => m.PluginId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// The modules that are on now. Synchronous for template renders, which Scriban runs synchronously: a scope's renders
    /// read this once, and only if one touches a plugin's functions.
    /// </summary>
    public IReadOnlySet<string> EnabledIds()
    {
        using var db = databases.CreateDbContext();
        var disabled = db.Modules.AsNoTracking().Where(m => !m.Enabled).Select(m => m.PluginId).ToHashSet();
        return catalog.Loaded.Where(e => IsEnabled(e, disabled)).Select(e => e.Id).ToHashSet();
    }

    /// <summary>A module is on when it is loaded, not switched off, and everything it needs is on too.</summary>
    public bool IsEnabled(PluginEntry entry, IReadOnlySet<string> disabled) =>
        entry.IsLoaded && !disabled.Contains(entry.Id)
        && entry.DependencyIds.All(d => catalog.Find(d) is { } dependency && IsEnabled(dependency, disabled));

    /// <summary>
    /// Switches a module on; refused while a module it needs is off. Then runs the module's
    /// <see cref="IModuleEnabledHandler"/>s, each in a scope of its own: one that throws is logged and the module stays on.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string pluginId, string changedBy, CancellationToken cancellationToken)
    {
        var entry = Require(pluginId);
        var disabled = await DisabledIdsAsync(cancellationToken);
        var off = entry.DependencyIds.Where(d => catalog.Find(d) is not { } dependency || !IsEnabled(dependency, disabled)).ToList();
        if (off.Count > 0)
            throw new ModuleSwitchException($"cannot enable '{pluginId}': it needs {Quote(off)}, which {(off.Count == 1 ? "is" : "are")} disabled; enable {(off.Count == 1 ? "it" : "them")} first");
        if (!disabled.Contains(pluginId) || await SwitchOnAsync(pluginId, changedBy, cancellationToken) is not { } enabled)
            return [];
        foreach (var handler in entry.Contributions.EnabledHandlers)
            await RunEnabledHandlerAsync(handler, enabled, cancellationToken);
        return [pluginId];
    }

    // One update from off to on, conditional on the row read, so that of two admins (or processes) switching at once
    // exactly one switches, and runs the handlers, with the time the module had been off since.
    private async Task<ModuleEnabled?> SwitchOnAsync(string pluginId, string changedBy, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Modules.AsNoTracking().SingleOrDefaultAsync(m => m.PluginId == pluginId && !m.Enabled, cancellationToken) is not { } row)
            return null;
        var now = time.GetUtcNow().UtcDateTime;
        var switched = await db.Modules.Where(m => m.PluginId == pluginId && !m.Enabled && m.ChangedUtc == row.ChangedUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Enabled, true).SetProperty(m => m.ChangedUtc, now).SetProperty(m => m.ChangedBy, changedBy), cancellationToken);
        if (switched == 0)
            return null;
        Audit(db, pluginId, enabled: true);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ModuleEnabled(pluginId, row.ChangedUtc, now, changedBy);
    }

    private async Task RunEnabledHandlerAsync(Type handlerType, ModuleEnabled enabled, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ((IModuleEnabledHandler)scope.ServiceProvider.GetRequiredService(handlerType)).OnEnabledAsync(enabled, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The switch is stored and stays: the handler's failure is the plugin's to fix, not a reason to switch back off.
            logger.LogError(ex, "Plugin {PluginId}: {Handler} failed after the module was enabled (disabled since {DisabledSinceUtc:u}); the module stays enabled",
                enabled.PluginId, handlerType.Name, enabled.DisabledSinceUtc);
        }
    }

    /// <summary>
    /// Switches a module off; refused while an enabled module needs it, unless <paramref name="cascade"/>
    /// also switches those off. Returns every module switched off.
    /// </summary>
    public async Task<IReadOnlyList<string>> DisableAsync(string pluginId, bool cascade, string changedBy, CancellationToken cancellationToken)
    {
        Require(pluginId);
        var disabled = await DisabledIdsAsync(cancellationToken);
        if (disabled.Contains(pluginId))
            return [];
        var dependents = EnabledDependents(pluginId, disabled);
        if (dependents.Count > 0 && !cascade)
            throw new ModuleSwitchException($"cannot disable '{pluginId}': enabled modules need it: {Quote(dependents)}; disable them first or ask for a cascade");
        List<string> changed = [pluginId, .. dependents];
        await SwitchOffAsync(changed, changedBy, cancellationToken);
        return changed;
    }

    private PluginEntry Require(string pluginId)
    {
        var entry = catalog.Find(pluginId) ?? throw new ModuleSwitchException($"no plugin with id '{pluginId}' is installed", notFound: true);
        return entry.IsLoaded ? entry : throw new ModuleSwitchException($"'{pluginId}' is not loaded ({entry.FailureReason}); fix it and restart the host");
    }

    // Everything downstream, nearest first, without repeats.
    private List<string> EnabledDependents(string pluginId, IReadOnlySet<string> disabled)
    {
        var found = new List<string>();
        var queue = new Queue<string>([pluginId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var dependent in catalog.DependentsOf(id).Where(d => !disabled.Contains(d.Id) && !found.Contains(d.Id)))
            {
                found.Add(dependent.Id);
                queue.Enqueue(dependent.Id);
            }
        }
        return found;
    }

    // Two admins (or processes) may switch at the same moment: the loser of the insert race retries as an update.
    private async Task SwitchOffAsync(IReadOnlyList<string> pluginIds, string changedBy, CancellationToken cancellationToken)
    {
        try
        {
            await SwitchOffOnceAsync(pluginIds, changedBy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await SwitchOffOnceAsync(pluginIds, changedBy, cancellationToken);
        }
    }

    private async Task SwitchOffOnceAsync(IReadOnlyList<string> pluginIds, string changedBy, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Modules.Where(m => pluginIds.Contains(m.PluginId)).ToDictionaryAsync(m => m.PluginId, cancellationToken);
        foreach (var id in pluginIds)
        {
            if (!rows.TryGetValue(id, out var row))
                db.Modules.Add(row = new ModuleState { PluginId = id });
            row.Enabled = false;
            row.ChangedUtc = time.GetUtcNow().UtcDateTime;
            row.ChangedBy = changedBy;
            Audit(db, id, enabled: false);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Audit(CrmDbContext db, string pluginId, bool enabled) =>
        audit.Add(db, enabled ? "module.enable" : "module.disable", "plugin", 0, new { enabled = !enabled }, new { enabled }, recordKey: pluginId);

    private static string Quote(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"'{id}'"));
}
