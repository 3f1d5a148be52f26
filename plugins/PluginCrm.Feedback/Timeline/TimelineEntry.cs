using PluginCrm.Feedback.Data;

namespace PluginCrm.Feedback.Timeline;

/// <summary>One action on a complaint as the API shows it.</summary>
public sealed record TimelineEntry(DateTime OccurredUtc, long? UserId, string UserName, string Kind, string? Text)
{
    public static TimelineEntry From(ComplaintEvent e) => new(e.OccurredUtc, e.UserId, e.UserName, e.Kind, e.Text);
}
