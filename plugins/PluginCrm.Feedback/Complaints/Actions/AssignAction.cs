using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>assign</c>: a new owner, an active user the caller may give work to (see <see cref="Access.Assignees"/>); the team follows the owner.</summary>
public sealed record AssignAction(long? OwnerId, long? Version) : IComplaintAction
{
    public string Kind => "assign";

    public async Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct)
    {
        var owner = OwnerId is { } id ? await context.Assignees.FindAsync(id, context.User, context.Errors, ct) : null;
        if (OwnerId is null)
            context.Errors["ownerId"] = ["is required"];
        else if (owner is not null && owner.Id == context.Current.OwnerId)
            context.Errors["ownerId"] = [$"user {owner.Id} already owns complaint {context.Current.Id}"];
        if (owner is null || context.Errors.Count > 0)
            return ActionStep.Refused("invalid");
        return context.Unless([ComplaintStatus.Open, ComplaintStatus.InProgress, ComplaintStatus.Resolved], "reopen it before assigning")
            ?? ActionStep.To(context.Current with { OwnerId = owner.Id, TeamId = owner.TeamId }, $"to {owner.Name} (user {owner.Id})");
    }
}
