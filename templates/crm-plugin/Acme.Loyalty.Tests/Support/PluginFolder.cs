using System.Reflection;

namespace Acme.Loyalty.Tests.Support;

/// <summary>
/// A temporary data folder and plugins folder, the plugins folder holding this plugin's build output as
/// <c>crm plugins install</c> would put it, for a host that loads the plugin from disk.
/// </summary>
public sealed class PluginFolder : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("loyalty-").FullName;

    public PluginFolder()
    {
        var output = typeof(PluginFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PluginOutput").Value!;
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Plugins, "loyalty", Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Directory.CreateDirectory(Data);
    }

    public string Data => Path.Combine(root, "data");

    public string Plugins => Path.Combine(root, "plugins");

    // Best effort: on Windows the host's pooled SQLite connections may hold the database file a while longer.
    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
