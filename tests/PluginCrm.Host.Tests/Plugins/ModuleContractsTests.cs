using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>
/// Modules bring their own records, messages and contracts: a step must be on a message someone declares; a module's
/// contracts assembly is shared by every plugin loaded from disk, so one module reads another's contract without
/// either referencing the other's assembly.
/// </summary>
public sealed class ModuleContractsTests : IDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("healthy");

    public void Dispose() => plugins.Dispose();

    private async Task<(string State, string? Reason)> StateAsync(string id)
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);
        var plugin = await host.PluginAsync(id);
        Assert.Equal("enabled", (await host.PluginAsync("healthy")).State);
        return (plugin.State, plugin.Reason);
    }

    [Fact]
    public async Task A_step_on_a_message_nobody_declares_fails_its_plugin_naming_the_nearest_message()
    {
        plugins.Add("typo", entryType: "TypoStepPlugin").Add("leaning", dependencies: new() { ["typo"] = "^1.0.0" });

        Assert.Equal(("failed", "step NoOpStep is on 'orders.create', which no plugin declares; did you mean 'order.create'?"), await StateAsync("typo"));
        Assert.Equal("failed", (await StateAsync("leaning")).State);
    }

    [Fact]
    public async Task A_step_on_a_message_of_an_optional_module_that_is_not_installed_waits_inert()
    {
        plugins.Add("follower", entryType: "OptionalStepPlugin", optionalDependencies: new() { ["feedback"] = "^2.0.0" });

        Assert.Equal(("enabled", null), await StateAsync("follower"));
    }

    [Fact]
    public async Task An_optional_module_installed_in_a_version_out_of_range_fails_the_plugin_that_uses_it()
    {
        plugins.Add("old-feedback", version: "1.0.0", folder: "old").Add("picky", entryType: "OptionalStepPlugin", optionalDependencies: new() { ["old-feedback"] = "^2.0.0" });

        Assert.Equal(("failed", "works with 'old-feedback' ^2.0.0 when it is installed, but version 1.0.0 is installed"), await StateAsync("picky"));
    }

    [Fact]
    public async Task A_message_on_a_record_type_the_plugin_never_registered_fails_its_load()
    {
        plugins.Add("stray", entryType: "StrayMessagePlugin");

        Assert.Equal(("failed", "message 'parcel.ship' is on 'parcel', which is not a record type of this plugin; register it first with AddRecordType"), await StateAsync("stray"));
    }

    [Fact]
    public async Task Value_scoring_loaded_from_disk_reads_the_feedback_modules_complaints_through_its_shared_contracts()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);
        var customer = await (await host.Client.Post("/api/customers", new { name = "Unhappy Buyer" })).As<IdRow>();
        for (var month = 1; month <= 12; month++)
            (await host.Client.Post("/api/orders", new { number = $"C-{month}", customerId = customer.Id, orderedUtc = $"2025-{month:00}-15T10:00:00Z", currency = "CNY",
                lines = new[] { new { description = "tea", quantity = 1, unitPrice = 100 } } })).EnsureSuccessStatusCode();
        (await host.Client.Post("/api/feedback/complaints", new { customerId = customer.Id, subject = "Cold tea", description = "Arrived cold" })).EnsureSuccessStatusCode();

        var run = await (await host.Client.Post("/api/value-scoring/runs", new { asOf = "2025-12-31" })).As<IdRow>();
        var explanation = await host.Client.GetFromJsonAsync<JsonElement>($"/api/value-scoring/scores/{customer.Id}?runId={run.Id}");

        var signal = explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "churnWarning")
            .GetProperty("inputs").GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "open-complaints");
        Assert.Equal("1 unresolved complaint against a warning at 1", signal.GetProperty("detail").GetString());
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "PluginCrm.Feedback.Contracts");
    }

    private sealed record IdRow(long Id);
}
