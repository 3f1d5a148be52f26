using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Data;

/// <summary>Applies the migrations found in the assembly of <typeparamref name="TContext"/>.</summary>
public sealed class DbContextSchema<TContext>(TContext context) : IPluginSchema where TContext : DbContext
{
    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => context.Database.MigrateAsync(cancellationToken);
}
