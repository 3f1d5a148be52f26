namespace PluginCrm.Feedback.Complaints.Actions;

/// <summary>One thing a handler does to a complaint, e.g. resolve it; run by <see cref="ComplaintWorkflow"/>.</summary>
public interface IComplaintAction
{
    /// <summary>The verb: the endpoint <c>POST /{id}/KIND</c>, the timeline's kind and the message <c>complaint.KIND</c>.</summary>
    string Kind { get; }

    /// <summary>The version the caller read; stale gets a 409.</summary>
    long? Version { get; }

    /// <summary>False for actions that add to the timeline only (a note): no version, no message.</summary>
    bool ChangesComplaint => true;

    /// <summary>Checks the input (adding field errors) and the status, and says what the complaint becomes.</summary>
    Task<ActionStep> ApplyAsync(ActionContext context, CancellationToken ct);
}
