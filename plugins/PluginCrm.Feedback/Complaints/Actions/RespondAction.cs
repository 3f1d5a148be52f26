using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>respond</c>: what the customer was told; the first answer stops the response clock and starts the work.</summary>
public sealed record RespondAction(string? Text, long? Version) : IComplaintAction
{
    public string Kind => "respond";

    public Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct)
    {
        var text = context.RequiredText("text", Text);
        var current = context.Current;
        return Task.FromResult(context.Unless([ComplaintStatus.Open, ComplaintStatus.InProgress], "reopen it before responding")
            ?? ActionStep.To(current with { Status = ComplaintStatus.InProgress, FirstResponseUtc = current.FirstResponseUtc ?? context.Now }, text));
    }
}
