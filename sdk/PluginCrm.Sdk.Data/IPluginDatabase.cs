using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Data;

/// <summary>The host's database, offered to plugin DbContexts. The host picks the provider (SQLite or PostgreSQL).</summary>
public interface IPluginDatabase
{
    /// <summary>The provider in use: <c>sqlite</c> or <c>postgres</c>.</summary>
    string Provider { get; }

    /// <summary>
    /// Points <paramref name="options"/> at the host's database, with the plugin's own migrations history
    /// table (<c>__migrations_&lt;namespace&gt;</c>) so that plugins migrate independently.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, PluginDescriptor plugin);
}
