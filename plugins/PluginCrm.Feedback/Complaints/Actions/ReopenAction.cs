using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary>
/// <c>reopen</c>: the customer is not satisfied after all. Work starts again with a new resolution deadline from now
/// (the priority's hours); the outcome and its times are cleared.
/// </summary>
public sealed record ReopenAction(string? Reason, long? Version) : IComplaintAction
{
    public string Kind => "reopen";

    public Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct)
    {
        var reason = context.RequiredText("reason", Reason);
        var current = context.Current;
        return Task.FromResult(context.Unless([ComplaintStatus.Resolved, ComplaintStatus.Closed], "only a resolved or closed complaint can be reopened")
            ?? ActionStep.To(current with
            {
                Status = ComplaintStatus.InProgress, ReopenCount = current.ReopenCount + 1,
                ResolveByUtc = context.Now.AddHours(context.Settings.HoursFor(current.Priority).Resolve),
                ResolvedUtc = null, ClosedUtc = null, Resolution = null,
            }, reason));
    }
}
