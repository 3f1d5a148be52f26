using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Complaints.Actions;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Notices;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Complaints;

/// <summary>
/// Runs an action on a complaint: visible (else 404), changed by this user (else 403; both the host's answer for
/// <c>complaint:ID</c>, see <see cref="ComplaintOwnership"/>), valid input (400), the version
/// read (409 when stale), a legal transition (409 naming the status); then the message <c>complaint.KIND</c> through the
/// host's pipeline, whose core operation is the conditional update and the timeline entry.
/// </summary>
public sealed class ComplaintWorkflow(
    ComplaintStore store, ComplaintAccess access, Assignees assignees, IPluginMessages messages, ComplaintNotices notices,
    ISettings<FeedbackSettings> settings, TimeProvider time)
{
    public async Task<ComplaintRecord> ActAsync(long id, IComplaintAction action, ActingUser user, CancellationToken ct)
    {
        var row = await access.DemandAsync(id, user, AccessRight.Change, ct);
        var context = new ActionContext(row.ToRecord(), time.GetUtcNow().UtcDateTime, await settings.GetAsync(ct), user, assignees);
        if (action.ChangesComplaint && action.Version is null)
            context.Errors["version"] = ["is required: send the version you read"];
        var step = await action.ApplyAsync(context, ct);
        if (context.Errors.Count > 0)
            throw new RecordValidationException(context.Errors);
        if (action.ChangesComplaint && action.Version != row.Version)
            throw new RecordConflictException($"complaint {id} changed since you read it (version {action.Version}, now {row.Version}): read it again");
        if (step.Refusal is { } refusal)
            throw new RecordConflictException(refusal);

        var entry = new ComplaintEvent { ComplaintId = id, OccurredUtc = context.Now, UserId = user.UserId, UserName = user.Name, Kind = action.Kind, Text = step.Text };
        if (step.Target is null)
        {
            await store.AddEventAsync(entry, ct);
            return context.Current;
        }

        var before = context.Current;
        try
        {
            return await messages.RunAsync(new PluginMessage<ComplaintRecord>($"complaint.{action.Kind}", user, before, step.Target with { UpdatedUtc = context.Now },
                async (target, token) =>
                {
                    var saved = await store.UpdateAsync(target, row.Version, entry, token);
                    if (saved.OwnerId != before.OwnerId)
                        await notices.AssignedAsync(saved, token);
                    return saved;
                }), ct);
        }
        catch (RecordConflictException stale)
        {
            throw new RecordConflictException(stale.Message);
        }
    }
}
