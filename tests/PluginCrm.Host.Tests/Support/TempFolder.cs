
namespace PluginCrm.Host.Tests.Support;

/// <summary>A temporary folder for a host's data; SQLite's pooled connections are closed before it is deleted.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("plugincrm-data-").FullName;

    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
    }
}
