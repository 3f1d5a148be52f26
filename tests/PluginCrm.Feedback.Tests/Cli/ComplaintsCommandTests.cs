using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Feedback.Tests.Cli;

/// <summary><c>crm complaints ...</c> run as ./crm runs it: the built host as a process, the plugin loaded from its folder on disk.</summary>
public sealed class ComplaintsCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("feedback-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(data, recursive: true);
    }

    private Task<CrmCommandResult> Crm(params string[] args) => CrmCommandLine.RunAsync(data, PluginCrm.Tests.Shared.BuiltPlugins.Directory, args);

    [Fact]
    public async Task A_complaint_is_added_refused_closing_while_open_then_resolved_closed_and_listed()
    {
        // The customer comes in over the API of a test host on the same data folder; each command below is a process.
        await using (var seed = await CrmTestHost.StartAsync(o => o.DataDirectory = data))
            await (await seed.Client.Post("/api/customers", new { name = "Wang Fang" })).As<object>();

        var added = await Crm("complaints", "add", "--customer", "1", "--subject", "Parcel lost", "--description", "Never arrived", "--priority", "urgent", "--channel", "email");
        var closeOpen = await Crm("complaints", "close", "1");
        var resolved = await Crm("complaints", "resolve", "1", "--resolution", "Sent again by courier");
        var closed = await Crm("complaints", "close", "1");
        var listed = await Crm("complaints", "list", "--status", "closed", "--json");

        Assert.Equal(0, added.Exit);
        Assert.StartsWith("complaint 1 added; respond by ", added.Out.Trim());
        Assert.Equal((1, "crm: complaint 1 is open: resolve it before closing"), (closeOpen.Exit, closeOpen.Error.Trim()));
        Assert.Equal((0, "complaint 1 resolved"), (resolved.Exit, resolved.Out.Trim()));
        Assert.Equal((0, "complaint 1 closed"), (closed.Exit, closed.Out.Trim()));
        var only = Assert.Single(JsonDocument.Parse(listed.Out).RootElement.EnumerateArray());
        Assert.Equal(("Parcel lost", "closed", "urgent", "email", "Sent again by courier"), (only.GetProperty("subject").GetString(), only.GetProperty("status").GetString(),
            only.GetProperty("priority").GetString(), only.GetProperty("channel").GetString(), only.GetProperty("resolution").GetString()));
    }
}
