namespace PluginCrm.Feedback.Contracts;

/// <summary>
/// A customer's latest scored survey answers, each with the time it was given: the latest NPS may be older than the latest
/// CSAT when a later survey asked only for CSAT. A score the customer never gave is null, and so is its time.
/// </summary>
/// <param name="LatestNps">"How likely are you to recommend us?", 0 to 10: 6 or below is a detractor, 9 or 10 a promoter.</param>
/// <param name="NpsAnsweredUtc">When the latest NPS answer was given.</param>
/// <param name="LatestCsat">"How satisfied were you?", 1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="CsatAnsweredUtc">When the latest CSAT answer was given.</param>
public sealed record CustomerSatisfaction(int? LatestNps, DateTime? NpsAnsweredUtc, int? LatestCsat, DateTime? CsatAnsweredUtc);
