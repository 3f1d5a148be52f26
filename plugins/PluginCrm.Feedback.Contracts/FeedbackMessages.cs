namespace PluginCrm.Feedback.Contracts;

/// <summary>
/// The messages the feedback module runs through the host's pipeline on its record type <see cref="RecordType"/>. Every
/// one carries a <see cref="ComplaintRecord"/>: <c>Before</c> the complaint as it was (null on create), <c>Target</c> as it
/// will be stored; the acting user is the one who acted (the system for the deadline job and the command line). A
/// PreValidation or PreOperation step may refuse with a <c>PipelineValidationException</c> (the caller gets 422 and nothing
/// changes); PreOperation may change the target; PostCommit steps run once the change is stored.
/// </summary>
public static class FeedbackMessages
{
    /// <summary>The record type, as <c>IRecordAccess</c> and notes name it: <c>complaint:42</c>.</summary>
    public const string RecordType = "complaint";

    /// <summary>A complaint is logged: <c>Before</c> is null, <c>Target</c> the new complaint (its id is 0 until stored).</summary>
    public const string Create = "complaint.create";

    /// <summary>A complaint is given to a user (or taken back): the owner and team change.</summary>
    public const string Assign = "complaint.assign";

    /// <summary>The customer is answered: the status becomes in progress, the first response time is set once.</summary>
    public const string Respond = "complaint.respond";

    /// <summary>The complaint is resolved with a resolution told to the customer.</summary>
    public const string Resolve = "complaint.resolve";

    /// <summary>A resolved complaint is closed (customer care follows up on this one).</summary>
    public const string Close = "complaint.close";

    /// <summary>A resolved or closed complaint is opened again: back in progress, the reopen count goes up.</summary>
    public const string Reopen = "complaint.reopen";

    /// <summary>Every message above.</summary>
    public static readonly IReadOnlyList<string> All = [Create, Assign, Respond, Resolve, Close, Reopen];
}
