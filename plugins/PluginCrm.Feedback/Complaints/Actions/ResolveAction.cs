using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary>
/// <c>resolve</c>: what was done, as told to the customer. Telling the customer the outcome is also an answer, so a
/// complaint resolved before any response gets its first response time here.
/// </summary>
public sealed record ResolveAction(string? Resolution, long? Version) : IComplaintAction
{
    public string Kind => "resolve";

    public Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct)
    {
        var resolution = context.RequiredText("resolution", Resolution);
        var current = context.Current;
        return Task.FromResult(context.Unless([ComplaintStatus.Open, ComplaintStatus.InProgress], "reopen it before resolving")
            ?? ActionStep.To(current with
            {
                Status = ComplaintStatus.Resolved, ResolvedUtc = context.Now, Resolution = resolution,
                FirstResponseUtc = current.FirstResponseUtc ?? context.Now,
            }, resolution));
    }
}
