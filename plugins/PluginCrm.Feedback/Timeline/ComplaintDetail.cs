using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Timeline;

/// <summary><c>GET /{id}</c>: the complaint and every action on it, oldest first.</summary>
public sealed record ComplaintDetail(ComplaintRecord Complaint, IReadOnlyList<TimelineEntry> Timeline);
