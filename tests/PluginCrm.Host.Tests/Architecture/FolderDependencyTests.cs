namespace PluginCrm.Host.Tests.Architecture;

/// <summary>
/// The host is a set of small features: no two folders lean on each other, the shared folders lean on no feature, and
/// every feature has one entry file that registers, maps and adds commands.
/// </summary>
public sealed class FolderDependencyTests
{
    // What several features share and nothing else owns; they may name each other, never a feature.
    private static readonly string[] Shared = ["Api", "Cli", "Data", "Logging"];

    // Folders that are not features: the composition root and the shared ones.
    private static readonly string[] NotFeatures = [.. Shared, "Hosting"];

    private static readonly HostSource Source = HostSource.Read();

    [Fact]
    public void No_two_folders_depend_on_each_other()
    {
        Assert.Empty(Source.TwoWayPairs());
    }

    [Fact]
    public void Shared_folders_depend_on_no_feature()
    {
        var leaks = Shared
            .SelectMany(folder => Source.Dependencies.GetValueOrDefault(folder)?.Where(d => !Shared.Contains(d.Key))
                .Select(d => $"{folder} -> {d.Key} ({string.Join(", ", d.Value.Distinct())})") ?? [])
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void Nothing_depends_on_the_composition_root()
    {
        var leaks = Source.Dependencies
            .Where(d => d.Key != "Hosting" && d.Value.ContainsKey("Hosting"))
            .Select(d => $"{d.Key} -> Hosting ({string.Join(", ", d.Value["Hosting"].Distinct())})")
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void Every_feature_has_one_entry_file_the_composition_root_uses()
    {
        // The features' list, and the application that adds the plugins after them.
        var root = File.ReadAllText(Path.Combine(HostSource.Directory, "Hosting", "CrmFeatures.cs")) +
                   File.ReadAllText(Path.Combine(HostSource.Directory, "Hosting", "CrmApplication.cs"));
        var missing = Source.Folders.Except(NotFeatures)
            .Where(folder => !File.Exists(Path.Combine(HostSource.Directory, folder, $"{folder}Feature.cs")) || !root.Contains($"PluginCrm.Host.{folder};"))
            .Order()
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_reader_finds_a_dependency_that_is_there()
    {
        // Guards the test itself: a feature naming another, fully qualified or through a using, is seen.
        Assert.Contains("Access", Source.Dependencies["Records"].Keys);
        Assert.Contains("Records", Source.Dependencies["Kpis"].Keys);
    }
}
