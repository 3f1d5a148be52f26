namespace PluginCrm.Training.Learning;

/// <summary>
/// An enrolment as its learner (or whoever helps it) sees it: the course version it learns, each lesson with whether it
/// is done, each quiz with its attempts but not its answers, and the certificate once earned.
/// </summary>
public sealed record EnrolmentView(
    long Id, string Course, string CourseTitle, string Audience, int Version, long? CustomerId, long? UserId, string Source,
    DateTime EnrolledUtc, DateTime? CompletedUtc, int LessonsDone, int LessonsTotal, decimal Percent, IReadOnlyList<LessonView> Lessons,
    CertificateSummary? Certificate);

/// <summary>A lesson of the learner's version, with its content and whether it is done.</summary>
public sealed record LessonView(
    string Key, string Title, string Kind, string? Body, string? Url, string? Document, int? Minutes, bool Done, DateTime? DoneUtc, QuizView? Quiz);

/// <summary>A quiz without its answers: the questions, the pass mark, and the learner's attempts so far.</summary>
public sealed record QuizView(int PassMark, int Attempts, int AttemptsUsed, decimal? BestPercent, bool Passed, IReadOnlyList<QuizQuestionView> Questions);

public sealed record QuizQuestionView(string Key, string Type, string Text, IReadOnlyList<string>? Choices, int Points);

/// <summary>The certificate of a completed enrolment, and where anyone checks it.</summary>
public sealed record CertificateSummary(string Code, DateTime IssuedUtc, DateTime? RevokedUtc, string VerifyUrl);
