namespace PluginCrm.Sdk.Records;

/// <summary>
/// A task (跟进, a follow-up): something a user must do by a time, optionally about a record. Seen and changed as an owned
/// record is: by its assignee, the assignee's team manager and admins; its team is always the assignee's.
/// </summary>
/// <param name="Id">The id.</param>
/// <param name="Subject">What is to be done.</param>
/// <param name="Notes">More about it.</param>
/// <param name="DueUtc">When it is due (UTC).</param>
/// <param name="AssigneeId">Who must do it (the task's owner); a rep assigns only itself, a manager its team's users.</param>
/// <param name="TeamId">The assignee's team.</param>
/// <param name="Priority">Low, normal (the default) or high.</param>
/// <param name="Done">Whether it is done.</param>
/// <param name="DoneUtc">When it was marked done (set by the host); null while open.</param>
/// <param name="RelatedTo">The record it is about, as <c>type:id</c> (<c>customer:42</c>, <c>complaint:7</c>); null for none.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record TaskRecord(
    long Id, string Subject, string? Notes, DateTime DueUtc, long? AssigneeId, long? TeamId, TaskPriority Priority, bool Done,
    DateTime? DoneUtc, string? RelatedTo, DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
