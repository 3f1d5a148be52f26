using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Data;

/// <summary>The database as a plugin's DbContext gets it: the scope's connection, the plugin's own history table.</summary>
public sealed class ScopedPluginDatabase(CrmDatabase database, ScopedConnection scope) : IPluginDatabase
{
    public string Provider => database.Provider.Name;

    public void Configure(DbContextOptionsBuilder options, PluginDescriptor plugin) =>
        database.Configure(options, $"__migrations_{plugin.TemplateNamespace}", scope);
}
