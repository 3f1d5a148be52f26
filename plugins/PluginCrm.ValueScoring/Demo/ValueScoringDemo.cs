using PluginCrm.Sdk.Demo;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Demo;

/// <summary>A scoring run as of today over the demo's two years of orders, so CLV, RFM and ABC answer at once and churn warnings mark customers at risk.</summary>
public sealed class ValueScoringDemo(ScoringRunner runner) : IDemoContributor
{
    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
        var run = await runner.RunAsync(today, "demo", null, cancellationToken);
        context.Progress.Report($"scoring run as of {today:yyyy-MM-dd}: {run.Customers:N0} customers scored, {run.Warnings:N0} churn warnings");
    }
}
