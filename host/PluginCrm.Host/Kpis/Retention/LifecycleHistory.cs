using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Retention;

/// <summary>
/// A customer's lifecycle stages over time: when it was created, its stage now, and every audited change (oldest
/// first), from which its stage at any moment is read.
/// </summary>
public sealed record LifecycleHistory(long? OwnerId, long? TeamId, DateTime CreatedUtc, LifecycleStage Current, IReadOnlyList<StageChange<LifecycleStage>> Changes)
    : IKpiSubject
{
    /// <summary>The stages of a customer that is still a customer: it has bought, and is not lost (yet).</summary>
    public static readonly IReadOnlyList<LifecycleStage> Kept = [LifecycleStage.Customer, LifecycleStage.Repeat, LifecycleStage.AtRisk];

    /// <summary>
    /// The stage just before <paramref name="moment"/>: none before the customer was created; else what the last
    /// change before it left; else (an imported customer whose first audited change came later) what that first change
    /// found; else the current stage.
    /// </summary>
    public LifecycleStage? StageAt(DateTime moment)
    {
        if (CreatedUtc >= moment)
            return null;
        return Changes.LastOrDefault(c => c.OccurredUtc < moment && c.After is not null)?.After
            ?? Changes.FirstOrDefault(c => c.OccurredUtc >= moment && c.Before is not null)?.Before
            ?? Current;
    }

    public bool KeptAt(DateTime moment) => StageAt(moment) is { } stage && Kept.Contains(stage);

    /// <summary>Whether any change in the window moved the customer to <see cref="LifecycleStage.Churned"/> (a create is not a move).</summary>
    public bool LostIn(KpiWindow window) =>
        Changes.Any(c => c.Before is { } before && before != LifecycleStage.Churned && c.After == LifecycleStage.Churned && window.Contains(c.OccurredUtc));
}
