using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Day;

/// <summary>A module's day sections, through a fixture plugin whose sections misbehave: the host decides what a user sees.</summary>
public sealed class ModuleSectionTests : IAsyncLifetime
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("day", entryType: "PluginCrm.Fixtures.Plugins.Day.DayPlugin");
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = plugins.Path);

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        plugins.Dispose();
    }

    private string Log() => string.Join("\n", Directory.GetFiles(Path.Combine(host.DataDirectory, "logs")).Select(file =>
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));

    [Fact]
    public async Task A_section_shows_a_user_only_the_records_it_may_read_and_a_failing_section_is_left_out()
    {
        var team = await host.CreateTeamAsync("North");
        var (_, anna) = await host.ActAsAsync(CrmRole.Rep, team);
        var (_, bo) = await host.ActAsAsync(CrmRole.Rep, team);
        var annas = await (await anna.Post("/api/customers", new { name = "Anna's customer" })).As<CustomerRecord>();
        var bos = await (await bo.Post("/api/customers", new { name = "Bo's customer" })).As<CustomerRecord>();

        var annasDay = await anna.Get<DayAnswer>("/api/me/day");
        var adminsDay = await (await host.ActAsAsync(CrmRole.Admin)).Client.Get<DayAnswer>("/api/me/day");

        Assert.Equal([$"customer:{annas.Id}"], annasDay.Records("day.every-customer"));
        Assert.Equal([$"customer:{annas.Id}", $"customer:{bos.Id}"], adminsDay.Records("day.every-customer"));
        Assert.Equal(["overdue-tasks", "today-tasks", "new-leads", "day.every-customer"], annasDay.Sections.Select(s => s.Key));
        Assert.Contains("Day section BrokenSection of plugin day failed; left out of the day", Log());
    }
}
