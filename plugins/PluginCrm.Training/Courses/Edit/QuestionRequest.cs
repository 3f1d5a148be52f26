namespace PluginCrm.Training.Courses.Edit;

/// <summary>A question added at the end of the quiz of lesson <paramref name="Lesson"/> in a course's draft.</summary>
public sealed record QuestionRequest(
    string? Lesson, string? Key, string? Type, string? Text, IReadOnlyList<string>? Choices = null, IReadOnlyList<string>? Correct = null,
    IReadOnlyList<string>? Accepted = null, string? Explanation = null, int? Points = null);
