using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Data;

/// <summary>Applies the migrations found in the assembly of <typeparamref name="TContext"/>.</summary>
public sealed class DbContextSchema<TContext>(TContext context) : IPluginSchema where TContext : DbContext
{
    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Migrating an up-to-date database still takes EF's lock and builds the history table's script, at every start of
        // every host and tenant: asked first, it costs a query.
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            await context.Database.MigrateAsync(cancellationToken);
    }
}
