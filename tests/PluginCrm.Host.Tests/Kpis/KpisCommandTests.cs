using System.Net;
using System.Text.Json;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Kpis.Sales;
using PluginCrm.Host.Tests.Cli;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary><c>crm kpis</c> as its own process, on a database a host filled over HTTP.</summary>
public sealed class KpisCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Sales_as_json_sees_every_rep_and_bad_options_are_one_line()
    {
        long rep;
        // The deals close through April 2026; the clock stands after them, since a close date in the future is refused.
        await using (var host = await CrmTestHost.StartAsync(o => (o.DataDirectory, o.Clock) = (data.Path, new ManualClock(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero)))))
        {
            var team = await host.CreateTeamAsync("North");
            rep = (await host.SignedInUserAsync("dora@example.com", CrmRole.Rep, team)).User.Id;
            foreach (var (stage, value, closedOn) in new[] { ("won", 1200.50m, "2026-02-01"), ("won", 99.4999m, "2026-03-31"), ("lost", 10m, "2026-02-02"), ("won", 5m, "2026-04-01") })
            {
                var response = await host.Client.Post("/api/deals", new { title = $"{stage} {closedOn}", ownerId = rep, teamId = team, stage, value, closedOn });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        }
        string[] where = ["--data-dir", data.Path, "--plugins-dir", Path.Combine(data.Path, "no-plugins")];

        var result = await CliRunner.RunAsync(["kpis", "sales", "--from", "2026-01-01", "--to", "2026-04-01", "--json", .. where]);

        Assert.Equal(0, result.ExitCode);
        var report = JsonSerializer.Deserialize<KpiReport<SalesFigures>>(result.Out, WebApi.Json)!;
        // Won 1200.50 + 99.4999 = 1299.9999, lost 1; the win of 2026-04-01 is after the period. Win rate 2/3.
        Assert.Equal(new SalesFigures(2, 1, 2m / 3, 1299.9999m), report.Total);
        Assert.Equal("dora@example.com", report.ByRep.Single(r => r.OwnerId == rep).Name);

        var refused = await CliRunner.RunAsync(["kpis", "sales", "--by", "year", .. where]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("crm: --by 'year' is not one of: month, week, day", refused.Error.Trim());
    }
}
