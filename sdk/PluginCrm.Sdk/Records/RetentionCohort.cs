namespace PluginCrm.Sdk.Records;

/// <summary>
/// The customers a churn rate counts over a period: <paramref name="AtStart"/> were customers (customer, repeat or at
/// risk) when it began, <paramref name="Lost"/> those of them moved to churned during it. Churn = lost ÷ at start.
/// </summary>
public sealed record RetentionCohort(DateOnly From, DateOnly? To, IReadOnlyList<long> AtStart, IReadOnlyList<long> Lost);
