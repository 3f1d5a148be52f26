namespace PluginCrm.Training.Contracts;

/// <summary>
/// The training module's record type and messages, for other plugins' steps (a survey after a course). Each message's
/// <c>Target</c> is the <see cref="CompletionRecord"/> of the enrolment as it is after the change.
/// </summary>
public static class TrainingMessages
{
    /// <summary>An enrolment in a course: <c>enrolment:ID</c>, read by whoever reads its learner.</summary>
    public const string RecordType = "enrolment";

    /// <summary>A learner finished every lesson and passed every quiz of a course.</summary>
    public const string Complete = "enrolment.complete";

    /// <summary>Every message the module declares.</summary>
    public static readonly IReadOnlyList<string> All = [Complete];
}
