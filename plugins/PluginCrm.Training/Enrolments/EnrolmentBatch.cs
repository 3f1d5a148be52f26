namespace PluginCrm.Training.Enrolments;

/// <summary>
/// What enrolling a group came to: learners matched, enrolled now, already enrolled, refused for a prerequisite they
/// have not completed, and left out because the caller may not change them.
/// </summary>
public sealed record EnrolmentBatch(string Course, string Source, int Matched, int Enrolled, int AlreadyEnrolled, int MissingPrerequisites, int NotAllowed, IReadOnlyList<long> EnrolmentIds);
