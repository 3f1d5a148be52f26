using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Funnel;

/// <summary>The funnel (销售漏斗) of a set of deals: how many there are and, per stage, now, reached and converted.</summary>
public sealed record FunnelFigures(int Deals, IReadOnlyList<StageFigures> Stages)
{
    public static FunnelFigures Of(IReadOnlyList<FunnelDeal> deals)
    {
        var reached = Enum.GetValues<DealStage>().ToDictionary(s => s, s => deals.Count(d => d.Reached(s)));
        var stages = Enum.GetValues<DealStage>().Select(stage =>
        {
            var rung = FunnelDeal.Rung(stage);
            decimal? conversion = rung >= 0 && rung + 1 < FunnelDeal.Ladder.Count && reached[stage] > 0
                ? (decimal)reached[FunnelDeal.Ladder[rung + 1]] / reached[stage]
                : null;
            return new StageFigures(stage, deals.Count(d => d.Stage == stage), reached[stage], conversion);
        });
        return new FunnelFigures(deals.Count, stages.ToList());
    }
}
