using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Funnel;

/// <summary>A deal as the funnel counts it: where it is now and the furthest open stage it is known to have reached.</summary>
public sealed record FunnelDeal(long? OwnerId, long? TeamId, DateOnly On, DealStage Stage, DealStage Furthest) : IKpiItem
{
    /// <summary>The stages a deal climbs, in order; <see cref="DealStage.Lost"/> can end the climb at any of them.</summary>
    public static readonly IReadOnlyList<DealStage> Ladder = [DealStage.Lead, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Won];

    /// <summary>
    /// Only the current stage is stored, so how far a deal got is taken from the evidence there is: its current stage
    /// (unless lost: that says nothing of how far it got), every stage the audit trail shows it in before a change, and
    /// an engage date, which means it was worked, i.e. at least qualified (Maven's "Engaging"). Without any of these a
    /// deal reached <see cref="DealStage.Lead"/> only. A won deal reached every stage.
    /// </summary>
    public static DealStage FurthestOf(DealStage current, DateOnly? engagedOn, IEnumerable<DealStage> earlier)
    {
        var known = earlier.Append(current).Where(s => s != DealStage.Lost).Append(DealStage.Lead);
        if (engagedOn is not null)
            known = known.Append(DealStage.Qualified);
        return known.MaxBy(Rung);
    }

    /// <summary>The position on <see cref="Ladder"/>; -1 for <see cref="DealStage.Lost"/>, which is off it.</summary>
    public static int Rung(DealStage stage) => stage switch
    {
        DealStage.Lead => 0,
        DealStage.Qualified => 1,
        DealStage.Proposal => 2,
        DealStage.Negotiation => 3,
        DealStage.Won => 4,
        _ => -1,
    };

    public bool Reached(DealStage stage) => stage == DealStage.Lost ? Stage == DealStage.Lost : Rung(Furthest) >= Rung(stage);
}
