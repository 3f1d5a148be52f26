using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>The CDNOW sample imported into a real host, fitted and scored through the plugin's command and API.</summary>
public sealed class CdnowEndToEndTests(CdnowHostFixture fixture) : IClassFixture<CdnowHostFixture>
{
    private static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    [Fact]
    public async Task The_summary_of_the_crm_orders_equals_the_published_summary_by_customer()
    {
        // The importer keys customers by master id (ExternalId cdnow-00004); the summary by sample id (1..2357).
        var sampleIdOf = CdnowFiles.SampleIdByMasterId();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ICrmRecords>();
        var sampleId = new Dictionary<long, long>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(null, CancellationToken.None))
            sampleId[customer.Id] = sampleIdOf[customer.ExternalId!["cdnow-".Length..]];
        var histories = await PurchaseSource.HistoriesAsync(scope.ServiceProvider.GetRequiredService<ICrmPurchases>(), CalibrationEnd, null, null, CancellationToken.None);

        var built = CalibrationSummaries.Build(histories, CalibrationEnd, TimeUnit.Week)
            .ToDictionary(s => sampleId[s.CustomerId]);

        var published = CdnowFiles.Summary();
        Assert.Equal(published.Count, built.Count);
        foreach (var row in published)
        {
            Assert.Equal(row.X, built[row.Id].X);
            Assert.InRange(built[row.Id].Tx, row.Tx - 0.005001, row.Tx + 0.005001);
            Assert.InRange(built[row.Id].T, row.T - 0.005001, row.T + 0.005001);
        }
    }

    [Fact]
    public async Task Scoring_fit_prints_the_published_parameters_as_json()
    {
        var (exit, output, _) = await ScoringHost.CommandAsync(fixture.Host, "fit", "--calibration-end", "1997-09-30", "--unit", "week", "--json");

        Assert.Equal(0, exit);
        var fit = JsonDocument.Parse(output).RootElement;
        var bgnbd = fit.GetProperty("bgnbd");
        // BTYD: 0.2425982, 4.413684, 0.7929899, 2.426167, log-likelihood -9582.429
        Assert.InRange(bgnbd.GetProperty("r").GetDouble(), 0.2425982 - 1e-4, 0.2425982 + 1e-4);
        Assert.InRange(bgnbd.GetProperty("alpha").GetDouble(), 4.413684 - 1e-2, 4.413684 + 1e-2);
        Assert.InRange(bgnbd.GetProperty("a").GetDouble(), 0.7929899 - 1e-3, 0.7929899 + 1e-3);
        Assert.InRange(bgnbd.GetProperty("b").GetDouble(), 2.426167 - 1e-2, 2.426167 + 1e-2);
        Assert.InRange(bgnbd.GetProperty("logLikelihood").GetDouble(), -9582.429 - 0.01, -9582.429 + 0.01);
        var gg = fit.GetProperty("gammaGamma");
        Assert.InRange(gg.GetProperty("p").GetDouble(), 6.245, 6.255);
        Assert.InRange(gg.GetProperty("q").GetDouble(), 3.735, 3.745);
        Assert.InRange(gg.GetProperty("gamma").GetDouble(), 15.435, 15.445);
        Assert.Equal(2357, fit.GetProperty("customers").GetInt32());
        Assert.Equal(946, fit.GetProperty("repeatCustomers").GetInt32());
    }

    [Fact]
    public async Task Scoring_fit_refuses_bad_input_with_one_line_and_a_non_zero_exit()
    {
        var badDate = await ScoringHost.CommandAsync(fixture.Host, "fit", "--calibration-end", "30/09/1997");
        Assert.Equal((2, "--calibration-end: '30/09/1997' is not a date in the form 2026-01-31"), (badDate.Exit, badDate.Error));

        var missing = await ScoringHost.CommandAsync(fixture.Host, "fit");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--calibration-end", missing.Error);

        // Before any repeat purchase could happen: only first purchases on 1997-01-01.
        var tooEarly = await ScoringHost.CommandAsync(fixture.Host, "fit", "--calibration-end", "1997-01-01");
        Assert.Equal(1, tooEarly.Exit);
        Assert.StartsWith("BG/NBD: ", tooEarly.Error);
    }

    [Fact]
    public async Task A_run_scores_every_customer_and_explains_a_score_with_its_inputs_model_and_parameters()
    {
        var started = await fixture.Host.Client.PostAsJsonAsync("/api/value-scoring/runs", new { asOf = "1997-09-30" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var run = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2357, run.GetProperty("customers").GetInt32());
        var runId = run.GetProperty("id").GetInt64();
        // Scored and stored in batches of 2,000: every customer's score is there, and the run counts the warnings stored.
        async Task<int> TotalAsync(string query) =>
            JsonDocument.Parse(await fixture.Host.Client.GetStringAsync($"/api/value-scoring/scores?runId={runId}{query}")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(2357, await TotalAsync(""));
        Assert.InRange(run.GetProperty("warnings").GetInt32(), 1, 2356);
        Assert.Equal(run.GetProperty("warnings").GetInt32(), await TotalAsync("&warning=true"));
        var fit = run.GetProperty("parameters").GetProperty("bgNbd").GetProperty("parameters");
        Assert.InRange(fit.GetProperty("r").GetDouble(), 0.2425982 - 1e-4, 0.2425982 + 1e-4);

        // Sample customer 1 (master 00004): x = 2, t_x = 30.43, T = 38.86 weeks.
        var customerId = await CustomerIdAsync("cdnow-00004");
        var explained = JsonDocument.Parse(await fixture.Host.Client.GetStringAsync($"/api/value-scoring/scores/{customerId}?runId={runId}")).RootElement;
        var scores = explained.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["rfm", "abc", "simpleClv", "bgNbd", "clv", "churnWarning"], scores.Keys);
        var bg = scores["bgNbd"];
        Assert.Equal(2, bg.GetProperty("inputs").GetProperty("x").GetInt32());
        Assert.InRange(bg.GetProperty("inputs").GetProperty("tx").GetDouble(), 30.425, 30.435);
        var p = bg.GetProperty("parameters");
        var (r, alpha, a, b) = (p.GetProperty("r").GetDouble(), p.GetProperty("alpha").GetDouble(), p.GetProperty("a").GetDouble(), p.GetProperty("b").GetDouble());
        // P(alive) = 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)), with t_x = 213/7, T = 272/7
        var alive = 1 / (1 + a / (b + 1) * Math.Pow((alpha + 272 / 7.0) / (alpha + 213 / 7.0), r + 2));
        Assert.InRange(bg.GetProperty("value").GetProperty("probabilityAlive").GetDouble(), alive - 1e-9, alive + 1e-9);
        Assert.Contains("no feedback module", explained.GetProperty("notes")[0].GetString());
        Assert.Equal(2, scores["rfm"].GetProperty("inputs").GetProperty("frequency").GetInt32() - 1);
    }

    private async Task<long> CustomerIdAsync(string externalId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await foreach (var customer in scope.ServiceProvider.GetRequiredService<ICrmRecords>().QueryAsync<CustomerRecord>(null, CancellationToken.None))
            if (customer.ExternalId == externalId)
                return customer.Id;
        throw new InvalidOperationException($"no customer {externalId}");
    }
}
