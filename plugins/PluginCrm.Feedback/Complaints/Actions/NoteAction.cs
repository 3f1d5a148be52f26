namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary><c>note</c>: an internal note, on the timeline only; the customer is not told and the complaint does not change.</summary>
public sealed record NoteAction(string? Text) : IComplaintAction
{
    public string Kind => "note";
    public long? Version => null;
    public bool ChangesComplaint => false;

    public Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct) =>
        Task.FromResult(ActionStep.TimelineOnly(context.RequiredText("text", Text)));
}
