using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Settings;

/// <summary>Keeps the values an admin saved for each plugin, as one JSON object per plugin.</summary>
public sealed class SettingsStore(IDbContextFactory<CrmDbContext> databases, TimeProvider time, Access.AuditTrail audit)
{
    public async Task<JsonObject?> GetOverridesAsync(string pluginId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.PluginSettings.AsNoTracking().SingleOrDefaultAsync(s => s.PluginId == pluginId, cancellationToken);
        return row is null ? null : JsonNode.Parse(row.Json)?.AsObject();
    }

    /// <summary>Merges <paramref name="changes"/> into the saved values, validates, stores; returns the effective settings.</summary>
    public async Task<object> SaveAsync(SettingsDefinition definition, JsonObject changes, string changedBy, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.PluginSettings.SingleOrDefaultAsync(s => s.PluginId == definition.PluginId, cancellationToken);
        SettingsMerger.Merge(definition, changes, strict: true); // refuses unknown keys and bad values in the request itself
        var saved = row is null ? new JsonObject() : JsonNode.Parse(row.Json)!.AsObject();
        var before = saved.DeepClone();
        foreach (var (name, value) in changes)
        {
            foreach (var same in saved.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
                saved.Remove(same);
            if (value is not null) // null means: back to the default
                saved[name] = value.DeepClone();
        }

        var effective = SettingsMerger.Merge(definition, saved);
        if (row is null)
        {
            row = new PluginSettingsRow { PluginId = definition.PluginId };
            db.PluginSettings.Add(row);
        }
        row.Json = saved.ToJsonString();
        row.ChangedUtc = time.GetUtcNow().UtcDateTime;
        row.ChangedBy = changedBy;
        audit.Add(db, "plugin.settings", "plugin", 0, before, saved, recordKey: definition.PluginId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new Api.ConflictException("another admin saved these settings at the same moment; read them again and retry");
        }
        return effective;
    }
}
