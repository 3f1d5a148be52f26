namespace PluginCrm.Feedback.Entries;

/// <summary>One page of feedback entries, with the total so a client can page on.</summary>
public sealed record EntryPage(IReadOnlyList<EntryView> Items, int Page, int PageSize, int Total);
