using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.Tests.Plugins;

public sealed class ManifestReaderTests
{
    private const string Valid = """
        {
          // comments and trailing commas are forgiven: people write these by hand
          "id": "lead-assignment", "name": "Lead assignment", "version": "1.2.3", "sdk": "^1.0.0",
          "assembly": "PluginCrm.LeadAssignment.dll", "description": "who owns a lead", "author": "PluginCrm",
          "dependencies": { "notes": ">=1.0.0 <2.0.0" }, "conflicts": ["legacy-assignment"],
        }
        """;

    [Fact]
    public void A_complete_manifest_reads_every_field()
    {
        var (manifest, errors) = PluginManifestReader.Parse(Valid);

        Assert.Empty(errors);
        Assert.Equal("lead-assignment", manifest!.Id);
        Assert.Equal("1.2.3", manifest.Version.ToString());
        Assert.Equal("notes", Assert.Single(manifest.Dependencies).Id);
        Assert.True(manifest.Dependencies[0].Range.Contains(Semver.SemVersion.Parse("1.9.0")));
        Assert.False(manifest.Dependencies[0].Range.Contains(Semver.SemVersion.Parse("2.0.0")));
        Assert.Equal(["legacy-assignment"], manifest.Conflicts);
        Assert.Equal("who owns a lead", manifest.Description);
        Assert.Null(manifest.EntryType);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var (manifest, errors) = PluginManifestReader.Parse("{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}");

        Assert.Null(manifest);
        Assert.Contains("not valid JSON (line 3", Assert.Single(errors));
    }

    [Fact]
    public void Every_missing_or_bad_field_is_named_at_once()
    {
        var (manifest, errors) = PluginManifestReader.Parse("""{ "id": "Bad_Id", "version": "1.0", "sdk": "not a range", "assembly": "../x.dll" }""");

        Assert.Null(manifest);
        Assert.Contains(errors, e => e.Contains("id 'Bad_Id'"));
        Assert.Contains(errors, e => e.Contains("version '1.0' is not a SemVer"));
        Assert.Contains(errors, e => e.Contains("sdk 'not a range'"));
        Assert.Contains(errors, e => e.Contains("assembly '../x.dll'"));
    }

    [Theory]
    [InlineData("plugins")]
    [InlineData("health")]
    [InlineData("install")] // Plugins:Install is the host's section, not a plugin's settings
    public void Ids_the_host_keeps_for_itself_are_refused(string id)
    {
        var (_, errors) = PluginManifestReader.Parse($$"""{ "id": "{{id}}", "version": "1.0.0", "sdk": "^1.0.0", "assembly": "a.dll" }""");

        Assert.Contains("reserved", Assert.Single(errors));
    }

    [Theory]
    [InlineData("""{ "id": "a", "version": 1, "sdk": "^1.0.0", "assembly": "a.dll" }""", "plugin.json: 'version' has the wrong type (line 1)")]
    [InlineData("""{ "id": "a", "version": "1.0.0", "sdk": "^1.0.0", "assembly": "a.dll", "dependencies": { "b": "" } }""", "dependencies.b: give a version range such as ^1.0.0 (\"*\" for any)")]
    [InlineData("""{ "id": "a", "version": "1.0.0", "sdk": "^1.0.0", "assembly": "a.dll", "dependencies": { "B C": "^1.0.0" } }""", "dependencies: 'B C' is not a plugin id")]
    [InlineData("""{ "id": "a", "version": "1.0.0", "sdk": "^1.0.0", "assembly": "a.dll", "conflicts": ["a"] }""", "a plugin cannot conflict with itself")]
    public void Bad_dependencies_conflicts_and_types_are_named(string json, string error)
    {
        var (manifest, errors) = PluginManifestReader.Parse(json);

        Assert.Null(manifest);
        Assert.Equal(error, Assert.Single(errors));
    }
}
