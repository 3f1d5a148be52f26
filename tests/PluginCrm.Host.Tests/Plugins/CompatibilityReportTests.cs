using System.Reflection;
using PluginCrm.Host.Api;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.PluginAdmin;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Tests.Support;
using Semver;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>
/// The upgrade pre-flight reads each plugin's assembly from disk: the fixture built against a stand-in for SDK 1.5
/// (tests/fixtures/OldSdk) uses four things SDK 2.0 does not have, and every plugin built against this SDK none.
/// </summary>
public sealed class CompatibilityReportTests : IDisposable
{
    private static readonly string[] WhatSdk15PluginsLack =
    [
        "PluginCrm.Sdk.Feedback.ComplaintRecord (type), now PluginCrm.Feedback.Contracts.ComplaintRecord",
        "PluginCrm.Sdk.Plugins.IPluginBuilder.AddRecordType<T>(string) (method), now PluginCrm.Sdk.Plugins.IPluginBuilder.AddRecordType<TRecord, TOwnership>(string, Func<TRecord, long>)",
        "PluginCrm.Sdk.Values.CustomerValue (type), now PluginCrm.ValueScoring.Contracts.CustomerValue",
        "PluginCrm.Sdk.Values.ICustomerValues (type), now PluginCrm.ValueScoring.Contracts.ICustomerValues",
    ];

    private readonly PluginsFolder plugins = new();

    public void Dispose() => plugins.Dispose();

    private CompatibilityReport.Row Row(string id, SemVersion? sdk = null) =>
        CompatibilityReport.Check(plugins.Path, sdk ?? HostSdk.Version).Single(r => r.Id == id);

    [Fact]
    public void A_plugin_built_for_sdk_1_5_is_told_each_type_and_member_it_lacks_and_where_it_went()
    {
        plugins.AddBuiltForSdk15("watch", sdk: "^1.5.0");

        var row = Row("watch");

        Assert.False(row.Compatible);
        Assert.Equal($"built for SDK ^1.5.0, but this host provides SDK {HostSdk.Version}", row.Reason);
        Assert.Equal(WhatSdk15PluginsLack, row.Missing);
    }

    [Fact]
    public void A_plugin_whose_range_fits_but_that_uses_what_the_sdk_lacks_is_incompatible_and_so_are_its_dependents()
    {
        plugins.AddBuiltForSdk15("watch", sdk: "^2.0.0").Add("addon", dependencies: new() { ["watch"] = "^1.0.0" });

        var watch = Row("watch");
        var addon = Row("addon");

        Assert.False(watch.Compatible);
        Assert.Equal($"uses 4 SDK types or members that SDK {HostSdk.Version} does not have (listed as missing)", watch.Reason);
        Assert.Equal(WhatSdk15PluginsLack, watch.Missing);
        Assert.False(addon.Compatible);
        Assert.Equal($"needs 'watch', which failed: {watch.Reason}", addon.Reason);
        Assert.Empty(addon.Missing!);
    }

    [Fact]
    public void Plugins_built_against_this_sdk_lack_nothing()
    {
        // The real plugins use generic SDK types (ISettings<T>), records, the data contract and module contracts.
        plugins.AddBuiltIns().Add("echo");

        var rows = CompatibilityReport.Check(plugins.Path, HostSdk.Version);

        Assert.True(rows.Count >= 6);
        Assert.All(rows, r => Assert.Equal((r.Id, true, 0), (r.Id, r.Compatible, r.Missing!.Count)));
    }

    [Fact]
    public void The_sdk_1_5_stand_in_stays_out_of_the_host_the_tests_and_the_fixture_plugin()
    {
        var hostSdk = typeof(PluginCrm.Sdk.Plugins.ICrmPlugin).Assembly.GetName().Version;

        Assert.Equal(hostSdk, AssemblyName.GetAssemblyName(Path.Combine(TestPaths.HostOutput, "PluginCrm.Sdk.dll")).Version);
        Assert.Equal(new Version(HostSdk.Version.ToString()), new Version(hostSdk!.ToString(3)));
        Assert.Empty(Directory.GetFiles(TestPaths.OldSdkPluginOutput, "PluginCrm.Sdk*"));
        Assert.Empty(Directory.GetFiles(TestPaths.BuiltInPlugins, "PluginCrm.Sdk.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public void Against_another_sdk_version_only_the_manifests_are_checked()
    {
        // This host carries its own SDK's types only; what a 3.0 has is unknown here, so nothing is claimed missing.
        plugins.AddBuiltForSdk15("watch", sdk: "^3.0.0");

        var row = Row("watch", SemVersion.Parse("3.0.0"));

        Assert.True(row.Compatible);
        Assert.Null(row.Missing);
    }
}
