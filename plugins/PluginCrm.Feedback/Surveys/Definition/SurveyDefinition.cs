namespace PluginCrm.Feedback.Surveys.Definition;

/// <summary>
/// A survey as an admin writes it (JSON through the API or <c>crm surveys add FILE</c>): its pages of questions.
/// Publishing a changed definition makes a new version; each invitation and answer keeps the version it was for.
/// </summary>
/// <param name="Key">Lower-case letters, digits and '-', unique: <c>after-delivery</c>.</param>
/// <param name="Anonymous">When true an answer keeps no link to the customer (nor to its owner or team).</param>
public sealed record SurveyDefinition(string? Key, string? Title, bool Anonymous, IReadOnlyList<SurveyPage>? Pages);

/// <summary>One page of questions, shown together.</summary>
public sealed record SurveyPage(string? Title, IReadOnlyList<SurveyQuestion>? Questions);

/// <summary>
/// One question. <paramref name="Type"/> is one of <see cref="QuestionTypes"/>; <paramref name="Choices"/> for single and
/// multiple choice; <paramref name="Max"/> the top of a rating (2 to 10, from 1); <paramref name="MaxLength"/> of a text
/// answer (at most 4,000, default 2,000); <paramref name="ShowIf"/> asks it only after a given answer to an earlier one.
/// </summary>
public sealed record SurveyQuestion(
    string? Key, string? Type, string? Text, bool Required = false, IReadOnlyList<string>? Choices = null, int? Max = null,
    int? MaxLength = null, QuestionCondition? ShowIf = null);

/// <summary>Asked only when the answer to <paramref name="Question"/> (an earlier one) is one of <paramref name="In"/>.</summary>
public sealed record QuestionCondition(string? Question, IReadOnlyList<string>? In);
