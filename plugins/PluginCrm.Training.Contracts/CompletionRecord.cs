namespace PluginCrm.Training.Contracts;

/// <summary>
/// A learner's enrolment in a course, as other modules see it: a customer (<see cref="CustomerId"/>) or a member of staff
/// (<see cref="UserId"/>), the course and version, and when it was completed (null while in progress).
/// </summary>
public sealed record CompletionRecord(
    long Id, string Course, string CourseTitle, string Audience, int Version, long? CustomerId, long? UserId, DateTime EnrolledUtc,
    DateTime? CompletedUtc);
