using System.Data;
using System.Data.Common;
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

    // Left open: EF Core uses an open connection as it is and leaves it open, and the scope closes it. On SQLite that also
    // spares the pragmas EF's next open would run.
    public async Task<DbCommand> CreateCommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = scope.Connection;
        if (connection.State != ConnectionState.Open)
            await database.Provider.OpenAsync(connection, cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = scope.Transaction is { Connection: not null } open ? open : null;
        return command;
    }
}
