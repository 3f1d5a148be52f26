using System.Data.Common;
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

    /// <summary>
    /// A command of the plugin's own on the scope's connection, the one its DbContext uses, carrying the open transaction
    /// of the change in progress: a PreOperation or PostOperation step's statement commits or rolls back with the change.
    /// The connection is opened if it was not, with the settings the host gives every connection, and stays open until the
    /// scope (an HTTP request, a job run) ends. For a hot path where EF Core's own work around a small statement costs more
    /// than the statement. Name parameters <c>@name</c>, which SQLite and PostgreSQL both take. A transaction the plugin
    /// began on its own DbContext is not the change's: give its commands that one.
    /// </summary>
    Task<DbCommand> CreateCommandAsync(string sql, CancellationToken cancellationToken);
}
