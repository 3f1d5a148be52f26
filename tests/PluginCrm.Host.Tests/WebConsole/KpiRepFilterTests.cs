using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>The KPI screen's rep filter names the team's active reps; a deactivated one only when a saved query names it.</summary>
public sealed partial class KpiRepFilterTests : IAsyncLifetime
{
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_deactivated_rep_is_not_offered_unless_the_query_already_names_it()
    {
        var team = await host.CreateTeamAsync("East");
        var (manager, _) = await host.SignedInUserAsync("manager.east@test.example", CrmRole.Manager, team);
        var (active, _) = await host.SignedInUserAsync("active.rep@test.example", CrmRole.Rep, team);
        var (gone, _) = await host.SignedInUserAsync("gone.rep@test.example", CrmRole.Rep, team);
        (await host.Client.PutAsJsonAsync($"/api/users/{gone.Id}", new { active = false })).EnsureSuccessStatusCode();
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync(manager.Email, CrmTestHost.Password);

        var offered = RepsOffered(await session.PageAsync("/kpis?from=2025-12-01&to=2026-01-01"));
        var chosen = RepsOffered(await session.PageAsync($"/kpis?from=2025-12-01&to=2026-01-01&ownerId={gone.Id}"));

        Assert.Contains(active.Id, offered);
        Assert.Contains(manager.Id, offered);
        Assert.DoesNotContain(gone.Id, offered);
        Assert.Contains(gone.Id, chosen);
    }

    private static List<long> RepsOffered(string page) =>
        Option().Matches(RepSelect().Match(WebUtility.HtmlDecode(page)).Groups[1].Value).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<select id=\"kpi-rep\" name=\"ownerId\">(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex RepSelect();

    [GeneratedRegex("<option value=\"(\\d+)\"")]
    private static partial Regex Option();
}
