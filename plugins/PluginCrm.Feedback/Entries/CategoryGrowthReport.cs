namespace PluginCrm.Feedback.Entries;

/// <summary><c>GET /categories</c>'s answer: how each category grew over the period.</summary>
public sealed record CategoryGrowthReport(DateTime From, DateTime To, IReadOnlyList<CategoryTrend> Items);
