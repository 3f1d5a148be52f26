using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.Funnel;

/// <summary>
/// One funnel stage: <see cref="Current"/> deals are at it now, <see cref="Reached"/> got at least this far, and
/// <see cref="Conversion"/> = reached(next stage) ÷ reached(this stage), null at the last stage or when none reached it.
/// For <see cref="DealStage.Lost"/> reached is the number of lost deals and there is no conversion.
/// </summary>
public sealed record StageFigures(DealStage Stage, int Current, int Reached, decimal? Conversion);
