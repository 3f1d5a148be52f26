namespace PluginCrm.ValueScoring.Api.Kpis;

/// <summary>
/// The KPI screen's view of a run over the customers the caller reads: customers per segment, class and warning, and how
/// CLV is spread; value shares are of those customers' total.
/// </summary>
public sealed record ValueDistribution(
    long RunId, DateOnly AsOf, int Customers, int Warnings,
    IReadOnlyList<CountOf> Segments, IReadOnlyList<CountOf> Classes, ClvSpread Clv);

public sealed record CountOf(string Name, int Customers, decimal ValueShare);

/// <summary>CLV quantiles and ten equal-count buckets; <paramref name="Measure"/> says which CLV (probabilistic, or simple when the models could not be fitted).</summary>
public sealed record ClvSpread(string Measure, decimal Total, decimal Mean, decimal P10, decimal P25, decimal Median, decimal P75, decimal P90, IReadOnlyList<ClvBucket> Deciles);

public sealed record ClvBucket(int Decile, decimal From, decimal To, int Customers, decimal Total);
