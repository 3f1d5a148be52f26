using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Stores a module's shares on the scope's context, so a share made inside a pipeline step commits or rolls
/// back with the change that made it.
/// </summary>
public sealed class RecordSharing(CrmDbContext db, PluginCatalog catalog, TimeProvider time) : IRecordSharing
{
    public static readonly string[] Shareable = ["customer", "lead", "deal"];

    public async Task ShareAsync(string pluginId, string recordType, long recordId, CancellationToken cancellationToken)
    {
        Check(pluginId, recordType);
        if (await db.Shares.AnyAsync(s => s.RecordType == recordType && s.RecordId == recordId && s.PluginId == pluginId, cancellationToken))
            return;
        db.Shares.Add(new RecordShare { PluginId = pluginId, RecordType = recordType, RecordId = recordId, CreatedUtc = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UnshareAsync(string pluginId, string recordType, long recordId, CancellationToken cancellationToken)
    {
        Check(pluginId, recordType);
        await db.Shares.Where(s => s.RecordType == recordType && s.RecordId == recordId && s.PluginId == pluginId).ExecuteDeleteAsync(cancellationToken);
    }

    private void Check(string pluginId, string recordType)
    {
        if (catalog.Find(pluginId) is not { IsLoaded: true })
            throw new InputException("pluginId", $"'{pluginId}' is not a loaded plugin");
        if (!Shareable.Contains(recordType))
            throw new InputException("recordType", $"'{recordType}' cannot be shared; use {string.Join(", ", Shareable)}");
    }
}
