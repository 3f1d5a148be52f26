using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>Stages N copies of the fixture EchoPlugin as separate plugins, some depending on others.</summary>
public static class GeneratedPlugins
{
    private static readonly string[] FixtureFiles =
    [
        "PluginCrm.Fixtures.Plugins.dll",
        "PluginCrm.Fixtures.Plugins.deps.json",
        "PluginCrm.Fixtures.Plugins.runtimeconfig.json",
        "PluginCrm.Fixtures.Plugins.pdb",
    ];

    // gen-05 needs a later folder, so the host has to reorder rather than follow folder order.
    private static readonly Dictionary<int, int[]> Dependencies = new()
    {
        [5] = [50],
        [10] = [1],
        [20] = [10],
        [30] = [10, 20],
    };

    public static void Create(string fixtureDir, string pluginsDir, int count)
    {
        foreach (var file in FixtureFiles)
        {
            if (!File.Exists(Path.Combine(fixtureDir, file)))
                throw new FileNotFoundException($"fixture plugin not built: {Path.Combine(fixtureDir, file)}");
        }

        for (var i = 1; i <= count; i++)
        {
            var id = Id(i);
            var dir = Directory.CreateDirectory(Path.Combine(pluginsDir, id)).FullName;
            foreach (var file in FixtureFiles)
                File.Copy(Path.Combine(fixtureDir, file), Path.Combine(dir, file));

            var manifest = new Dictionary<string, object>
            {
                ["id"] = id,
                ["name"] = $"Generated {i:00}",
                ["version"] = "1.0.0",
                ["sdk"] = "^2.0.0",
                ["assembly"] = "PluginCrm.Fixtures.Plugins.dll",
                ["entryType"] = "PluginCrm.Fixtures.Plugins.EchoPlugin",
                ["description"] = "generated for the start-up benchmark",
                ["author"] = "bench",
                ["dependencies"] = Dependencies.GetValueOrDefault(i, []).Where(d => d <= count).ToDictionary(Id, _ => "^1.0.0"),
            };
            File.WriteAllText(Path.Combine(dir, "plugin.json"), JsonSerializer.Serialize(manifest));
        }
    }

    private static string Id(int i) => $"gen-{i:00}";
}
