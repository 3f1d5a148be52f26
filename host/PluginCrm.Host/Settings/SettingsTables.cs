using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Settings;

/// <summary>Plugins' saved settings.</summary>
public static class SettingsTables
{
    extension(CrmDbContext db)
    {
        public DbSet<PluginSettingsRow> PluginSettings => db.Set<PluginSettingsRow>();
    }
}
