using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>RFM on the online-retail sample, imported by the host, against a computation straight from the CSV in this test.</summary>
public sealed class OnlineRetailRfmTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2011, 12, 10);
    private CrmTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync();
        await ScoringHost.ImportOnlineRetailAsync(host, SharedData.OnlineRetail);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Expected(int Recency, int Frequency, decimal Monetary);

    /// <summary>
    /// From the CSV alone: an invoice is one order dated by its earliest line, its total the sum of quantity × price;
    /// purchase days are the distinct days of invoices that are not cancellations (C...), monetary is the net of all.
    /// </summary>
    private static Dictionary<string, Expected> FromCsv()
    {
        var invoices = new Dictionary<string, (string Customer, DateTime At, decimal Total)>();
        foreach (var line in File.ReadLines(SharedData.OnlineRetail).Skip(1))
        {
            var f = SplitCsv(line);
            var (invoice, quantity, at, price, customer) = (f[0], decimal.Parse(f[3], CultureInfo.InvariantCulture),
                DateTime.ParseExact(f[4], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), decimal.Parse(f[5], CultureInfo.InvariantCulture), f[6]);
            if (customer.Length == 0)
                continue;
            customer = customer.EndsWith(".0", StringComparison.Ordinal) ? customer[..^2] : customer;
            var amount = decimal.Round(quantity * price, 4);
            invoices[invoice] = invoices.TryGetValue(invoice, out var seen)
                ? (seen.Customer, at < seen.At ? at : seen.At, seen.Total + amount)
                : (customer, at, amount);
        }
        return invoices.Values.GroupBy(i => i.Customer).Where(g => g.Any(i => i.Total >= 0)).ToDictionary(g => g.Key, g =>
        {
            var days = g.Where(i => i.Total >= 0).Select(i => DateOnly.FromDateTime(i.At)).Distinct().ToList();
            return new Expected(AsOf.DayNumber - days.Max().DayNumber, days.Count, g.Sum(i => i.Total));
        });
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
                current.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }

    /// <summary>1 + ⌊5 × (customers strictly worse) / n⌋, counted pairwise.</summary>
    private static int Quintile(IReadOnlyList<double> all, double value, bool higherIsBetter) =>
        1 + (int)Math.Floor(5.0 * all.Count(v => higherIsBetter ? v < value : v > value) / all.Count);

    private static string Segment(int r, int f) => (r, f) switch
    {
        ( >= 4, >= 4) => "champions",
        ( >= 3, >= 3) => "loyal",
        ( >= 4, _) => "potential",
        (3, _) => "needs attention",
        (_, >= 3) => "at risk",
        (2, _) => "hibernating",
        _ => "lost",
    };

    private sealed record ScoreDto(long CustomerId, int RecencyDays, int Frequency, decimal Monetary, int R, int F, int M, string Segment);
    private sealed record PageDto(List<ScoreDto> Items, int Total);

    [Fact]
    public async Task Rfm_values_scores_and_segments_match_an_independent_computation_from_the_csv()
    {
        var expected = FromCsv();
        var recencies = expected.Values.Select(e => (double)e.Recency).ToList();
        var frequencies = expected.Values.Select(e => (double)e.Frequency).ToList();
        var monetaries = expected.Values.Select(e => (double)e.Monetary).ToList();
        var externalIds = new Dictionary<long, string>();
        await using (var scope = host.Services.CreateAsyncScope())
            await foreach (var c in scope.ServiceProvider.GetRequiredService<ICrmRecords>().QueryAsync<CustomerRecord>(null, CancellationToken.None))
                externalIds[c.Id] = c.ExternalId!["retail-".Length..];

        var started = await host.Client.PostAsJsonAsync("/api/value-scoring/runs", new { asOf = "2011-12-10" });
        started.EnsureSuccessStatusCode();
        // The 40k-line sample thins each history until the BG/NBD likelihood rises towards a = 0 (no dropout): the run says so.
        var run = await started.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.StartsWith("BG/NBD: the likelihood has no interior maximum on these data", run.GetProperty("parameters").GetProperty("bgNbdError").GetString());
        var scores = new List<ScoreDto>();
        for (var page = 1; ; page++)
        {
            var got = (await host.Client.GetFromJsonAsync<PageDto>($"/api/value-scoring/scores?pageSize=500&page={page}"))!;
            scores.AddRange(got.Items);
            if (scores.Count >= got.Total)
                break;
        }

        Assert.Equal(expected.Count, scores.Count);
        foreach (var s in scores)
        {
            var e = expected[externalIds[s.CustomerId]];
            var (r, f) = (Quintile(recencies, e.Recency, false), Quintile(frequencies, e.Frequency, true));
            Assert.Equal((e.Recency, e.Frequency, e.Monetary), (s.RecencyDays, s.Frequency, s.Monetary));
            Assert.Equal((r, f, Quintile(monetaries, (double)e.Monetary, true), Segment(r, f)), (s.R, s.F, s.M, s.Segment));
        }
        Assert.True(scores.Select(s => s.Segment).Distinct().Count() >= 5, "a real data set spreads over the segments");
    }
}
