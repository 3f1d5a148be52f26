using PluginCrm.Sdk.Screens;

namespace PluginCrm.Training.Learning;

/// <summary>
/// Where a learner is in a course: the first lesson of its version not done yet (null once all are), with the quiz's
/// questions as form fields (<see cref="FormScreen.FieldsFrom"/>) and its attempts, or the certificate once completed.
/// <see cref="Id"/> is the enrolment's.
/// </summary>
public sealed record NextLessonView(
    long Id, string Course, string CourseTitle, int LessonsDone, int LessonsTotal, decimal Percent, DateTime? CompletedUtc,
    string? Certificate, string? Position, NextLesson? Lesson, NextQuiz? Quiz);
