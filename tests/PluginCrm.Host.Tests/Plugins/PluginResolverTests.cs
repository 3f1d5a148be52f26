using PluginCrm.Host.Plugins;
using Semver;

namespace PluginCrm.Host.Tests.Plugins;

public sealed class PluginResolverTests
{
    private static readonly SemVersion Sdk = SemVersion.Parse("1.0.0");

    private static PluginCandidate Plugin(string id, string deps = "", string sdk = "^1.0.0", string version = "1.0.0", string conflicts = "")
    {
        var json = $$"""
            { "id": "{{id}}", "version": "{{version}}", "sdk": "{{sdk}}", "assembly": "a.dll",
              "dependencies": { {{deps}} }, "conflicts": [ {{conflicts}} ] }
            """;
        var (manifest, errors) = PluginManifestReader.Parse(json);
        Assert.Empty(errors);
        return new PluginCandidate(id, "/plugins/" + id, manifest, null);
    }

    private static string ReasonFor(PluginResolution resolution, string id) => resolution.Failed.Single(f => f.Candidate.Id == id).Reason;

    [Fact]
    public void Dependencies_come_before_the_plugins_that_need_them()
    {
        var resolution = PluginResolver.Resolve(
            [Plugin("alpha", "\"zeta\": \"^1.0.0\""), Plugin("zeta", "\"middle\": \"^1.0.0\""), Plugin("middle")], Sdk);

        Assert.Empty(resolution.Failed);
        Assert.Equal(["middle", "zeta", "alpha"], resolution.Ordered.Select(c => c.Id));
    }

    [Fact]
    public void A_plugin_built_for_another_sdk_is_left_out_with_both_versions_named()
    {
        var resolution = PluginResolver.Resolve([Plugin("old", sdk: "^2.0.0"), Plugin("ok")], Sdk);

        Assert.Equal("built for SDK ^2.0.0, but this host provides SDK 1.0.0", ReasonFor(resolution, "old"));
        Assert.Equal(["ok"], resolution.Ordered.Select(c => c.Id));
    }

    [Fact]
    public void A_missing_dependency_fails_the_plugin_and_everything_downstream()
    {
        var resolution = PluginResolver.Resolve(
            [Plugin("a", "\"ghost\": \"^1.0.0\""), Plugin("b", "\"a\": \"^1.0.0\""), Plugin("c")], Sdk);

        Assert.Equal("needs 'ghost' ^1.0.0, which is not installed", ReasonFor(resolution, "a"));
        Assert.StartsWith("needs 'a', which failed: needs 'ghost'", ReasonFor(resolution, "b"));
        Assert.Equal(["c"], resolution.Ordered.Select(c => c.Id));
    }

    [Fact]
    public void A_dependency_in_the_wrong_version_is_named_with_the_installed_version()
    {
        var resolution = PluginResolver.Resolve([Plugin("a", "\"b\": \"^2.0.0\""), Plugin("b", version: "1.4.0")], Sdk);

        Assert.Equal("needs 'b' ^2.0.0, but version 1.4.0 is installed", ReasonFor(resolution, "a"));
    }

    [Fact]
    public void A_cycle_is_refused_and_described()
    {
        var resolution = PluginResolver.Resolve(
            [Plugin("a", "\"b\": \"^1.0.0\""), Plugin("b", "\"a\": \"^1.0.0\""), Plugin("c", "\"a\": \"^1.0.0\""), Plugin("d")], Sdk);

        Assert.Equal("dependency cycle: a -> b -> a", ReasonFor(resolution, "a"));
        Assert.Equal("dependency cycle: b -> a -> b", ReasonFor(resolution, "b"));
        Assert.Equal("depends on a dependency cycle: a -> b -> a", ReasonFor(resolution, "c"));
        Assert.Equal(["d"], resolution.Ordered.Select(c => c.Id));
    }

    [Fact]
    public void A_conflict_leaves_out_the_plugin_that_declares_it()
    {
        var resolution = PluginResolver.Resolve([Plugin("new", conflicts: "\"old\""), Plugin("old")], Sdk);

        Assert.Equal("conflicts with 'old', which is installed", ReasonFor(resolution, "new"));
        Assert.Equal(["old"], resolution.Ordered.Select(c => c.Id));
    }

    [Fact]
    public void Two_folders_with_one_id_keep_the_first()
    {
        var first = Plugin("same");
        var second = first with { Folder = "same-copy" };

        var resolution = PluginResolver.Resolve([first, second], Sdk);

        Assert.Equal([first], resolution.Ordered);
        Assert.Equal("id 'same' is already used by the plugin in folder 'same'", resolution.Failed.Single().Reason);
    }
}
