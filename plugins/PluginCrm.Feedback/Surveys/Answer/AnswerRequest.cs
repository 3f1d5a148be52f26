using System.Text.Json;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>The answers by question key: a number, a choice, a list of choices or a text.</summary>
public sealed record AnswerRequest(Dictionary<string, JsonElement>? Answers);

/// <summary>
/// An answer entered by a rep (from a call, a visit) or posted by an integration, for a customer the caller reads; the
/// channel it came through; when it was given (default now).
/// </summary>
public sealed record EnteredAnswerRequest(long? CustomerId, string? Channel, DateTime? AnsweredUtc, Dictionary<string, JsonElement>? Answers);

/// <summary>What the public page shows the customer: the survey's questions as the invitation's version has them, and nothing about anyone.</summary>
public sealed record PublicSurvey(string Title, int Version, IReadOnlyList<Definition.SurveyPage> Pages, DateTime ExpiresUtc);

/// <summary>What an answer came to.</summary>
public sealed record AnswerReceipt(long Id, string Survey, int Version, DateTime AnsweredUtc, int Items);
