using System.Diagnostics;
using PluginCrm.Sdk.Records;
using PluginCrm.ValueScoring.BgNbd;
using PluginCrm.ValueScoring.GammaGamma;
using PluginCrm.ValueScoring.Purchases;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>Fits BG/NBD and Gamma-Gamma on the CRM's orders up to a calibration end, without scoring (<c>crm scoring fit</c>).</summary>
public sealed class ModelFitter(ICrmPurchases purchases)
{
    public async Task<ModelFit> FitAsync(DateOnly calibrationEnd, TimeUnit unit, IProgress<string>? progress, CancellationToken ct)
    {
        var histories = await PurchaseSource.HistoriesAsync(purchases, calibrationEnd, null, progress, ct);
        var summaries = CalibrationSummaries.Build(histories, calibrationEnd, unit);
        progress?.Report($"fitting on {summaries.Count} customers");
        // The fit alone (summaries to parameters), which the scoring benchmark compares with scipy's.
        var clock = Stopwatch.StartNew();
        // The two fits are independent: Gamma-Gamma on another core while BG/NBD fits on this one. In a fresh process the
        // first of them to reach a method of MathNet's BFGS compiles it for both.
        var gammaGamma = Task.Run(() => GammaGammaFitter.Fit(summaries), ct);
        var bgNbd = BgNbdFitter.Fit(summaries);
        return new ModelFit(calibrationEnd, unit.ToString().ToLowerInvariant(), bgNbd, await gammaGamma, clock.Elapsed.TotalSeconds);
    }
}

/// <summary>The two fits of <c>crm scoring fit</c>.</summary>
public sealed record ModelFit(DateOnly CalibrationEnd, string Unit, BgNbdFit BgNbd, GammaGammaFit GammaGamma, double FitSeconds);
