using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>close</c>: a resolved complaint is done with; customer care follows up on <c>complaint.close</c>.</summary>
public sealed record CloseAction(long? Version) : IComplaintAction
{
    public string Kind => "close";

    public Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct) => Task.FromResult(
        context.Unless([ComplaintStatus.Resolved], context.Current.Status == ComplaintStatus.Closed ? "it cannot be closed twice" : "resolve it before closing")
        ?? ActionStep.To(context.Current with { Status = ComplaintStatus.Closed, ClosedUtc = context.Now }, null));
}
