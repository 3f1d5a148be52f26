using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Sdk.Data;

/// <summary>Registers a plugin's own DbContext on the host's database.</summary>
public static class PluginDataExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TContext"/> (scoped) on the host's database and asks the host to apply its
    /// migrations before the plugin starts. Give every table the plugin's prefix, e.g. <c>notes_</c>.
    /// </summary>
    public static IPluginBuilder AddDbContext<TContext>(this IPluginBuilder plugin) where TContext : DbContext
    {
        var descriptor = plugin.Plugin;
        plugin.Services.AddDbContext<TContext>((services, options) =>
            services.GetRequiredService<IPluginDatabase>().Configure(options, descriptor));
        plugin.AddSchema<DbContextSchema<TContext>>();
        return plugin;
    }
}
