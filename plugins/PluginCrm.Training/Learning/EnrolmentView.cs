namespace PluginCrm.Training.Learning;

/// <summary>
/// An enrolment as its learner (or whoever helps it) sees it: the course version it learns, each lesson with whether it
/// is done, each quiz with its attempts but not its answers, and the certificate once earned.
/// </summary>
public sealed record EnrolmentView(
    long Id, string Course, string CourseTitle, string Audience, int Version, long? CustomerId, long? UserId, string Source,
    DateTime EnrolledUtc, DateTime? CompletedUtc, int LessonsDone, int LessonsTotal, decimal Percent, IReadOnlyList<LessonView> Lessons,
    CertificateSummary? Certificate);
