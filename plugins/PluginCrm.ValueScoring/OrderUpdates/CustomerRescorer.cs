using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.Abc;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.OrderUpdates;

/// <summary>
/// Re-scores one customer in the latest run after an order, without a full run: the customer's own values are
/// recomputed as of the later of the run's date and the order's, then scored with the run's breakpoints, fitted
/// models and settings; the ABC class is decided by the run's cut-offs (<see cref="AbcCutOffs"/>): one read of the
/// customer's own score, not of every score in the run.
/// </summary>
public sealed class CustomerRescorer(ICrmPurchases purchases, ValueScoringDbContext db, IServiceProvider services)
{
    public async Task RescoreAsync(long customerId, long orderId, DateOnly orderDate, CancellationToken ct)
    {
        if (await ScoringRunner.LatestAsync(db, ct) is not { } run)
            return; // nothing scored yet: the first run will include this order
        var row = await db.Scores.SingleOrDefaultAsync(s => s.RunId == run.Id && s.CustomerId == customerId, ct);
        var asOf = new[] { run.AsOf, orderDate, row?.AsOf ?? run.AsOf }.Max();
        if ((await PurchaseSource.HistoriesAsync(purchases, asOf, customerId, null, ct)).SingleOrDefault() is not { } history)
            return; // only cancellations: nothing to score

        var parameters = RunJson.Read(run.ParametersJson);
        var abc = parameters.Abc?.Classify(history.NetSpend) ?? await RerankedAsync(run.Id, customerId, history.NetSpend, parameters, ct);
        var open = ScoringEngine.OpenOf(await ScoringRunner.OpenComplaintsAsync(services, ct), customerId);
        var satisfaction = ScoringEngine.SatisfactionOf(await ScoringRunner.SatisfactionAsync(services, asOf, ct), customerId);
        var score = ScoringEngine.ScoreOne(history, asOf, parameters, abc, open, satisfaction);
        if (row is null)
            db.Scores.Add(row = ScoreRows.New(run.Id, asOf, score));
        else
            ScoreRows.Fill(row, asOf, score);
        row.UpdatedByOrderId = orderId;
        await db.SaveChangesAsync(ct);
    }

    // A run stored before its cut-offs were kept: the customer is ranked again among every other score of the run.
    private async Task<AbcClass> RerankedAsync(long runId, long customerId, decimal value, RunParameters parameters, CancellationToken ct)
    {
        var others = await db.Scores.AsNoTracking().Where(s => s.RunId == runId && s.CustomerId != customerId)
            .Select(s => new { s.CustomerId, s.Monetary }).ToListAsync(ct);
        return AbcClassifier.Classify(others.Select(o => (o.CustomerId, o.Monetary)).Append((customerId, value)),
            parameters.Settings.AbcThresholdA, parameters.Settings.AbcThresholdB)[customerId];
    }
}
