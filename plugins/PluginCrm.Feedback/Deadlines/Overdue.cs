using System.Linq.Expressions;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Deadlines;

/// <summary>When a complaint is late, as queries: the list's <c>overdue=true</c>, the statistics and the deadline job agree.</summary>
public static class Overdue
{
    /// <summary>Still unresolved, never answered, and its response deadline has passed.</summary>
    public static Expression<Func<Complaint, bool>> Response(DateTime now) => c =>
        (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress) && c.FirstResponseUtc == null && c.RespondByUtc < now;

    /// <summary>Still unresolved and its resolution deadline has passed.</summary>
    public static Expression<Func<Complaint, bool>> Resolution(DateTime now) => c =>
        (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress) && c.ResolveByUtc < now;

    public static Expression<Func<Complaint, bool>> Either(DateTime now) => c =>
        (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress)
        && ((c.FirstResponseUtc == null && c.RespondByUtc < now) || c.ResolveByUtc < now);

    public static bool IsResponseLate(ComplaintRecord c, DateTime now) => IsOpen(c.Status) && c.FirstResponseUtc is null && c.RespondByUtc < now;

    public static bool IsResolutionLate(ComplaintRecord c, DateTime now) => IsOpen(c.Status) && c.ResolveByUtc < now;

    public static bool IsOpen(ComplaintStatus status) => status is ComplaintStatus.Open or ComplaintStatus.InProgress;
}
