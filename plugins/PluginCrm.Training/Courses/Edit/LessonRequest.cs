namespace PluginCrm.Training.Courses.Edit;

/// <summary>
/// A lesson added at the end of a course's draft, one form at a time: a quiz lesson starts without questions
/// (<see cref="QuestionRequest"/> adds them) with its pass mark and attempts.
/// </summary>
public sealed record LessonRequest(
    string? Key, string? Title, string? Kind, string? Body = null, string? Url = null, string? Document = null, int? Minutes = null,
    int? PassMark = null, int? Attempts = null);
