namespace PluginCrm.ValueScoring.Contracts;

/// <summary>A customer's scores from the latest run.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="AsOf">The date the scores are as of.</param>
/// <param name="ValueClass">The ABC class: <c>A</c>, <c>B</c> or <c>C</c>.</param>
/// <param name="Segment">The RFM segment, e.g. <c>champions</c>.</param>
/// <param name="Clv">The customer lifetime value over the run's horizon.</param>
/// <param name="ChurnWarning">True when a churn signal fired.</param>
public sealed record CustomerValue(long CustomerId, DateOnly AsOf, string ValueClass, string Segment, decimal Clv, bool ChurnWarning);
