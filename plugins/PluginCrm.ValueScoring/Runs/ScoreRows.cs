using PluginCrm.ValueScoring.Data;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>Copies a computed score into its stored row.</summary>
public static class ScoreRows
{
    public static ScoreRow New(long runId, DateOnly asOf, CustomerScore score)
    {
        var row = new ScoreRow { RunId = runId, Segment = "", AbcClass = "", SignalsJson = "[]" };
        Fill(row, asOf, score);
        return row;
    }

    public static void Fill(ScoreRow row, DateOnly asOf, CustomerScore s)
    {
        row.CustomerId = s.CustomerId;
        row.AsOf = asOf;
        row.FirstPurchase = s.FirstPurchase;
        row.LastPurchase = s.LastPurchase;
        row.RecencyDays = s.Values.RecencyDays;
        row.Frequency = s.Values.Frequency;
        row.Monetary = s.Values.Monetary;
        (row.R, row.F, row.M, row.Segment) = (s.Rfm.R, s.Rfm.F, s.Rfm.M, s.Rfm.Segment);
        row.AbcClass = s.Abc.Name;
        row.AbcShareBefore = Math.Round(s.Abc.ShareBeforePercent, 4);
        row.AveragePurchase = Math.Round(s.SimpleClv.AveragePurchase, 4);
        row.PurchasesPerPeriod = Math.Round(s.SimpleClv.PurchasesPerPeriod, 4);
        row.SimpleClv = Math.Round(s.SimpleClv.Value, 2);
        (row.X, row.Tx, row.T, row.Zbar) = (s.Summary.X, s.Summary.Tx, s.Summary.T, s.Summary.MeanRepeatValue);
        row.ExpectedPurchases = s.ExpectedPurchases;
        row.ProbabilityAlive = s.ProbabilityAlive;
        row.ExpectedSpend = s.ExpectedSpend;
        row.Clv = s.Clv;
        row.Warning = s.Warning;
        row.SignalsJson = RunJson.Write(s.Signals);
    }
}
