using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using McMaster.NETCore.Plugins;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// The one place that knows McMaster.NETCore.Plugins: loads a plugin's assembly into its own load context,
/// sharing the SDK and the framework pieces that cross the boundary, and finds the entry type.
/// </summary>
public static class PluginAssemblyLoader
{
    // Types whose assemblies must be the host's copy, or the contract types would not unify.
    private static readonly Type[] SharedTypes =
    [
        typeof(ICrmPlugin),
        typeof(IPluginDatabase),
        typeof(IServiceCollection),
        typeof(IConfiguration),
        typeof(ILogger<>),
        typeof(IEndpointRouteBuilder),
        typeof(DbContext),
        typeof(RelationalDatabaseFacadeExtensions),
    ];

    /// <summary>
    /// Loads a plugin's contracts assemblies into the default context, before any plugin loads, so that every plugin that
    /// uses them (each load context prefers the default context's copy) sees the same types; returns why one could not.
    /// </summary>
    public static string? ShareContracts(PluginCandidate candidate)
    {
        foreach (var file in candidate.Manifest!.Contracts)
        {
            var path = Path.Combine(candidate.Directory, file);
            try
            {
                // Already shared (a second host in this process, or a test that references the module): that copy serves.
                var name = AssemblyName.GetAssemblyName(path).Name;
                var assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name)
                    ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
                if (!assembly.IsDefined(typeof(ModuleContractsAttribute), inherit: false))
                    return $"contracts assembly '{file}' is not marked [assembly: ModuleContracts]";
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                return $"contracts assembly '{file}' cannot be loaded: {ex.Message}";
            }
        }
        return null;
    }

    // A plugin file loads once per process: a second host in the same process (the tests start hundreds) reuses its load
    // context instead of loading, compiling and modelling the same code again. Keyed by the file as it is on disk, so a
    // file replaced by an upgrade loads afresh; a file that failed to load is not kept.
    private static readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), Lazy<Assembly>> Loaded = new();

    public static ICrmPlugin Load(PluginCandidate candidate)
    {
        var manifest = candidate.Manifest ?? throw new InvalidOperationException("a plugin without a manifest cannot load");
        var path = Path.GetFullPath(Path.Combine(candidate.Directory, manifest.Assembly));
        var file = new FileInfo(path);
        var key = (path, file.Exists ? file.LastWriteTimeUtc : default, file.Exists ? file.Length : -1);

        Assembly assembly;
        try
        {
            assembly = Loaded.GetOrAdd(key, _ => new Lazy<Assembly>(() => PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config => config.PreferSharedTypes = true)
                .LoadDefaultAssembly())).Value;
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            Loaded.TryRemove(key, out _);
            throw new PluginLoadException($"assembly '{manifest.Assembly}' cannot be loaded: {ex.Message}");
        }

        var entryType = FindEntryType(assembly, manifest);
        try
        {
            return (ICrmPlugin)Activator.CreateInstance(entryType)!;
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException)
        {
            throw new PluginLoadException($"entry type '{entryType.FullName}' could not be created: {(ex.InnerException ?? ex).Message}");
        }
    }

    private static Type FindEntryType(Assembly assembly, PluginManifest manifest)
    {
        if (manifest.EntryType is { } name)
        {
            var type = assembly.GetType(name, throwOnError: false)
                ?? throw new PluginLoadException($"entry type '{name}' is not in '{manifest.Assembly}'");
            return Verify(type);
        }

        var entries = assembly.GetExportedTypes().Where(IsEntryCandidate).ToList();
        return entries.Count switch
        {
            1 => Verify(entries[0]),
            0 => throw new PluginLoadException($"'{manifest.Assembly}' has no public class implementing {typeof(ICrmPlugin).FullName}"),
            _ => throw new PluginLoadException($"'{manifest.Assembly}' has several entry classes ({string.Join(", ", entries.Select(t => t.Name))}); name one as entryType in plugin.json"),
        };
    }

    private static bool IsEntryCandidate(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(i => i.FullName == typeof(ICrmPlugin).FullName);

    // The contract is checked by identity, not by name: an interface of the same name from another copy
    // of the SDK is the classic plugin bug, and it deserves its own message.
    private static Type Verify(Type type)
    {
        if (typeof(ICrmPlugin).IsAssignableFrom(type))
            return type;
        var lookalike = type.GetInterfaces().FirstOrDefault(i => i.FullName == typeof(ICrmPlugin).FullName);
        if (lookalike is not null)
        {
            throw new PluginLoadException(
                $"entry type '{type.FullName}' implements {lookalike.FullName} from another copy of the SDK " +
                $"({lookalike.Assembly.GetName().Version} at '{lookalike.Assembly.Location}'), not the host's {typeof(ICrmPlugin).Assembly.GetName().Version}; " +
                "reference PluginCrm.Sdk with Private=false and ExcludeAssets=runtime");
        }
        throw new PluginLoadException($"entry type '{type.FullName}' does not implement {typeof(ICrmPlugin).FullName}");
    }
}
