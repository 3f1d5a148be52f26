using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>The Maven CRM data set, imported once for the class; expectations computed from the CSV files here.</summary>
public sealed class MavenCrmImportTests(MavenCrmImportTests.Imported imported) : IClassFixture<MavenCrmImportTests.Imported>
{
    public sealed class Imported : IAsyncLifetime
    {
        public CrmTestHost Host { get; private set; } = null!;
        public PluginCrm.Host.Imports.ImportReport First { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await CrmTestHost.StartAsync();
            First = await Importing.MavenAsync(Host, SharedData.MavenCrm);
        }

        public Task DisposeAsync() => Host.DisposeAsync().AsTask();
    }

    private static List<string[]> Csv(string file) =>
        File.ReadAllLines(Path.Combine(SharedData.MavenCrm, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.TrimEnd('\r').Split(',')).ToList();

    [Fact]
    public void Every_row_lands_with_its_kind()
    {
        var report = imported.First;

        Assert.True(report.Committed);
        Assert.Empty(report.Errors);
        Assert.Equal(Csv("accounts.csv").Count, report.Counts["company"].Created);
        Assert.Equal(Csv("products.csv").Count, report.Counts["product"].Created);
        Assert.Equal(Csv("sales_pipeline.csv").Count, report.Counts["deal"].Created);
        var teams = Csv("sales_teams.csv");
        Assert.Equal(teams.Select(t => t[1]).Distinct().Count(), report.Counts["team"].Created);
        Assert.Equal(teams.Count + teams.Select(t => t[1]).Distinct().Count(), report.Counts["user"].Created);
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var again = await Importing.MavenAsync(imported.Host, SharedData.MavenCrm);

        Assert.All(again.Counts.Values, c => Assert.Equal((0, 0), (c.Created, c.Updated)));
        Assert.Equal(8800, again.Counts["deal"].Unchanged);
    }

    [Fact]
    public async Task The_sources_quirks_are_handled()
    {
        var companies = await imported.Host.Client.Get<ListPage<CompanyRecord>>("/api/companies?pageSize=500");
        Assert.DoesNotContain(companies.Items, c => c.Industry == "technolgy");
        Assert.Equal(Csv("accounts.csv").Count(a => a[1] == "technolgy"), companies.Items.Count(c => c.Industry == "technology"));
        var acme = companies.Items.Single(c => c.Name == "Acme Corporation");
        Assert.Equal(1_100_040_000m, acme.AnnualRevenue); // 1100.04 million dollars

        var gtxPro = (await imported.Host.Client.Get<ListPage<ProductRecord>>("/api/products?code=GTX Pro")).Items.Single();
        var gtxProDeals = Csv("sales_pipeline.csv").Count(d => d[2] == "GTXPro");
        Assert.Equal(gtxProDeals, (await imported.Host.Client.Get<ListPage<DealRecord>>($"/api/deals?productId={gtxPro.Id}&pageSize=1")).Total);

        var withoutAccount = Csv("sales_pipeline.csv").Count(d => d[3].Length == 0);
        var deals = await imported.Host.Client.Get<ListPage<DealRecord>>("/api/deals?pageSize=500&stage=lead");
        Assert.Equal(Csv("sales_pipeline.csv").Count(d => d[4] == "Prospecting"), deals.Total);
        Assert.True(withoutAccount > 1000);
    }

    [Fact]
    public async Task Won_value_per_agent_equals_the_csv()
    {
        var expected = Csv("sales_pipeline.csv").Where(d => d[4] == "Won")
            .GroupBy(d => d[1]).ToDictionary(g => g.Key, g => g.Sum(d => decimal.Parse(d[7], CultureInfo.InvariantCulture)));
        var users = await imported.Host.Client.Get<List<UserRow>>("/api/users");

        foreach (var (agent, revenue) in expected)
        {
            var id = users.Single(u => u.Name == agent).Id;
            var won = await imported.Host.Client.Get<ListPage<DealRecord>>($"/api/deals?ownerId={id}&stage=won&pageSize=500");
            Assert.Equal(revenue, won.Items.Sum(d => d.Value ?? 0));
        }
    }

    private sealed record UserRow(long Id, string Name);

    [Fact]
    public async Task The_demo_adds_logins_and_a_rep_sees_only_its_own_deals()
    {
        var loader = imported.Host.Services.GetRequiredService<PluginCrm.Host.Demo.DemoLoader>();
        Assert.True(await loader.LoadAsync(SharedData.MavenCrm, PluginCrm.Host.Imports.NoProgress.Instance, CancellationToken.None));
        Assert.False(await loader.LoadAsync(SharedData.MavenCrm, PluginCrm.Host.Imports.NoProgress.Instance, CancellationToken.None));

        var anonymous = imported.Host.AnonymousClient();
        var session = await (await anonymous.Post("/api/auth/sign-in", new { email = PluginCrm.Host.Demo.DemoLoader.Rep, password = PluginCrm.Host.Demo.DemoLoader.Password })).As<SessionRow>();
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", session.Token);

        var deals = await anonymous.Get<ListPage<DealRecord>>("/api/deals?pageSize=1");
        Assert.Equal(Csv("sales_pipeline.csv").Count(d => d[1] == "Anna Snelling"), deals.Total);
    }

    private sealed record SessionRow(string Token);

    [Fact]
    public async Task Every_team_is_managed_by_the_manager_the_csv_names()
    {
        var users = (await imported.Host.Client.Get<List<StaffRow>>("/api/users")).ToDictionary(u => u.Id);
        var teams = await imported.Host.Client.Get<List<TeamRow>>("/api/teams");

        var expected = Csv("sales_teams.csv").Select(r => r[1]).Distinct().Select(m => $"Team {m}").Order();
        Assert.Equal(expected, teams.Select(t => t.Name).Order());
        Assert.All(teams, t =>
        {
            var manager = users[t.ManagerId!.Value];
            Assert.Equal(($"Team {manager.Name}", "manager", t.Id), (t.Name, manager.Role, manager.TeamId));
        });
    }

    private sealed record TeamRow(long Id, string Name, long? ManagerId);

    private sealed record StaffRow(long Id, string Name, string Role, long? TeamId);

    [Fact]
    public async Task Sales_kpis_per_agent_equal_a_spreadsheet_computation_of_the_csv()
    {
        // What a spreadsheet does with sales_pipeline.csv: per agent, count Won and Lost, win rate = won / (won + lost),
        // revenue = sum of close_value of the Won rows.
        var expected = Csv("sales_pipeline.csv").Where(d => d[4] is "Won" or "Lost").GroupBy(d => d[1]).ToDictionary(g => g.Key, g =>
        {
            var won = g.Count(d => d[4] == "Won");
            var lost = g.Count(d => d[4] == "Lost");
            return (Won: won, Lost: lost, Rate: (decimal)won / (won + lost), Revenue: g.Where(d => d[4] == "Won").Sum(d => decimal.Parse(d[7], CultureInfo.InvariantCulture)));
        });

        var report = await imported.Host.Client.Get<SalesReport>("/api/kpis/sales");

        Assert.Equal(expected.Count, report.ByRep.Count);
        foreach (var rep in report.ByRep)
        {
            var sheet = expected[rep.Name!];
            Assert.Equal((sheet.Won, sheet.Lost, sheet.Rate, sheet.Revenue), (rep.Figures.Won, rep.Figures.Lost, rep.Figures.WinRate, rep.Figures.Revenue));
        }
        Assert.Equal(expected.Values.Sum(v => v.Revenue), report.Total.Revenue);
        Assert.Equal(expected.Values.Sum(v => v.Won), report.Total.Won);
    }

    private sealed record SalesRow(int Won, int Lost, decimal? WinRate, decimal Revenue);

    private sealed record RepRow(long? OwnerId, string? Name, SalesRow Figures);

    private sealed record SalesReport(SalesRow Total, List<RepRow> ByRep);
}
