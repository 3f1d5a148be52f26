namespace PluginCrm.Training.Enrolments;

/// <summary>An enrolment in a list: who, which course and version, and how far.</summary>
public sealed record EnrolmentRow(
    long Id, string Course, string CourseTitle, string Audience, int Version, long? CustomerId, long? UserId, string Source,
    DateTime EnrolledUtc, DateTime? CompletedUtc, int LessonsDone, int LessonsTotal, decimal Percent);
