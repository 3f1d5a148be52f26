using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.List;

public sealed record ComplaintPage(IReadOnlyList<ComplaintRecord> Items, int Page, int PageSize, int Total);
