using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.Data;

/// <summary>
/// The host's own tables. Each feature keeps its rows, their configuration (an <see cref="IEntityTypeConfiguration{T}"/>
/// per row) and the sets it reads (an extension on this context) in its own folder; plugins keep theirs in their own
/// contexts.
/// </summary>
public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options) : DbContext(options)
{
    /// <summary>The database this context is on, for the little that differs between providers.</summary>
    public IDatabaseProvider Provider => this.GetService<CrmDatabase>().Provider;

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<decimal>().HaveConversion<MoneyConverter>();
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        JsonText.Map(model, Database.ProviderName);
    }
}
