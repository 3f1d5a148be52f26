using System.Reflection;

namespace PluginCrm.ValueScoring.Tests.Support;

/// <summary>The built host and the plugin's built folder, as an installation holds them.</summary>
public static class BuiltHost
{
    public static string Output { get; } = typeof(BuiltHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostOutputDir").Value!;

    /// <summary>A plugins folder holding only a copy of the built value-scoring plugin, as an installation would.</summary>
    public static string PluginsFolderWithValueScoring()
    {
        var folder = Directory.CreateTempSubdirectory("plugincrm-vs-plugins-").FullName;
        var source = Path.Combine(Output, "plugins", "PluginCrm.ValueScoring");
        var target = Directory.CreateDirectory(Path.Combine(folder, "PluginCrm.ValueScoring")).FullName;
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return folder;
    }
}
