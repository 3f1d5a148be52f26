using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Interactions;

/// <summary>
/// What logging an interaction does to tasks: it completes the open task it names (<c>task.update</c>) and gives its
/// author the next follow-up about the same customer (<c>task.create</c>), each a nested message in the interaction's
/// transaction, so all three commit or roll back together and every plugin's steps see each.
/// </summary>
public static class FollowUps
{
    /// <summary>Both fields act when the interaction is logged; on an update they keep what was logged, and a change is refused.</summary>
    public static (long? TaskId, DateTime? NextFollowUpUtc) Normalize(InteractionRecord input, InteractionRecord? existing, FieldErrors errors)
    {
        var next = input.NextFollowUpUtc is { } due ? DateTime.SpecifyKind(due, DateTimeKind.Utc) : (DateTime?)null;
        if (existing is null)
            return (input.TaskId, next);
        if (input.TaskId is not null && input.TaskId != existing.TaskId)
            errors.Add("taskId", "is set when the interaction is logged and cannot change");
        if (next is not null && next != existing.NextFollowUpUtc)
            errors.Add("nextFollowUpUtc", "is set when the interaction is logged and cannot change; change the follow-up task instead");
        return (existing.TaskId, existing.NextFollowUpUtc);
    }

    /// <summary>The task must be open and one the caller may change; the follow-up later than the interaction, for an author the caller may give work to.</summary>
    public static async Task CheckAsync(InteractionRecord record, ActingUser user, CrmDbContext db, FieldErrors errors, CancellationToken ct)
    {
        if (record.TaskId is { } taskId)
        {
            await RecordRules.AttachableAsync(CoreRecords.Tasks, taskId, null, "taskId", db, user, errors, ct);
            if (!errors.Has("taskId") && await db.Tasks.AnyAsync(t => t.Id == taskId && t.Done, ct))
                errors.Add("taskId", $"task {taskId} is done already");
        }
        if (record.NextFollowUpUtc is not { } due)
            return;
        if (due <= record.OccurredUtc)
            errors.Add("nextFollowUpUtc", "must be later than occurredUtc");
        if (record.AuthorId is not { } author)
        {
            errors.Add("nextFollowUpUtc", "the follow-up is the author's task: send authorId, or log the interaction as a signed-in user");
            return;
        }
        var ownership = new FieldErrors();
        await RecordRules.OwnershipAsync(author, null, null, user, db, ownership, "assigneeId", ct);
        if (ownership.Any)
            errors.Add("nextFollowUpUtc", $"the follow-up would be a task of user {author}, who you may not give work to");
    }

    /// <summary>Runs in <c>interaction.create</c>'s core operation, after the interaction is stored.</summary>
    public static async Task RunAsync(InteractionRecord logged, ActingUser user, RecordReader reader, RecordWriter writer, CancellationToken ct)
    {
        if (logged.TaskId is { } taskId)
        {
            var task = await reader.GetAsync(CoreRecords.Tasks, taskId, user, ct);
            await writer.UpdateAsync(CoreRecords.Tasks, taskId, task with { Done = true }, task.Version, user, ct);
        }
        if (logged.NextFollowUpUtc is { } due)
        {
            var (about, name) = logged.CustomerId is { } customerId
                ? (new RecordRef(RecordTypes.Customer, customerId), (await reader.GetAsync(CoreRecords.Customers, customerId, ActingUser.System, ct)).Name)
                : (new RecordRef(RecordTypes.Lead, logged.LeadId!.Value), (await reader.GetAsync(CoreRecords.Leads, logged.LeadId.Value, ActingUser.System, ct)).Name);
            var kind = KindName(logged.Kind);
            var task = new TaskRecord(0, $"Follow up on the {kind} with {name}", $"After the {kind} of {logged.OccurredUtc:yyyy-MM-dd HH:mm}Z (interaction {logged.Id}).",
                due, logged.AuthorId, null, TaskPriority.Normal, false, null, about.ToString(), default, default, 0);
            await writer.CreateAsync(CoreRecords.Tasks, task, user, ct);
        }
    }

    private static string KindName(InteractionKind kind) => kind == InteractionKind.Email ? "e-mail" : kind.ToString().ToLowerInvariant();
}
