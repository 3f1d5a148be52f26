using System.Reflection;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Modules;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Decides which of a plugin's service registrations join the host's container. A plugin that calls
/// <c>AddHttpClient()</c> also registers framework defaults (a bare LoggerFactory among them); appended to
/// the host's container they would silently replace the host's logging. So registrations the host already
/// has are kept as the host's (TryAdd semantics), a plugin's own type may not replace what the host owns,
/// and hosted services are refused: they would ignore the module switch.
/// </summary>
internal static class PluginServices
{
    private static readonly HashSet<Type> HostOwned =
    [
        typeof(ILoggerFactory), typeof(ILogger<>), typeof(TimeProvider), typeof(IModuleSwitches),
        typeof(IPluginDatabase), typeof(IPluginBulkInsert), typeof(CrmDbContext), typeof(Microsoft.Extensions.Configuration.IConfiguration),
    ];

    public static void Merge(IServiceCollection plugin, IServiceCollection host, Assembly pluginAssembly)
    {
        var existing = host.Select(d => d.ServiceType).ToHashSet();
        var accepted = new List<ServiceDescriptor>();
        foreach (var descriptor in plugin)
        {
            var own = ImplementationAssembly(descriptor) == pluginAssembly;
            if (descriptor.ServiceType == typeof(IHostedService))
                throw new PluginLoadException($"registers a hosted service ({Name(descriptor)}), which would run while the module is off; use AddJob instead");
            if (own && HostOwned.Contains(descriptor.ServiceType))
                throw new PluginLoadException($"replaces the host's {descriptor.ServiceType.Name} with {Name(descriptor)}");
            if (!own && (existing.Contains(descriptor.ServiceType) || HostOwned.Contains(descriptor.ServiceType)))
                continue; // a framework default the host already provides
            accepted.Add(descriptor);
        }
        foreach (var descriptor in accepted)
            host.Add(descriptor);
    }

    private static Assembly? ImplementationAssembly(ServiceDescriptor d) =>
        (d.IsKeyedService
            ? d.KeyedImplementationType ?? d.KeyedImplementationInstance?.GetType() ?? d.KeyedImplementationFactory?.Method.DeclaringType
            : d.ImplementationType ?? d.ImplementationInstance?.GetType() ?? d.ImplementationFactory?.Method.DeclaringType)?.Assembly;

    private static string Name(ServiceDescriptor d) =>
        (d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType)?.Name ?? d.ServiceType.Name;
}
