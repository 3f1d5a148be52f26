using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// Checks a set of answers against the survey version it answers and stores it, with the customer's owner and team of
/// the moment (for the scores per rep and team); an anonymous survey's answer keeps none of them and only its day. A
/// text answer gets its sentiment.
/// </summary>
public sealed class AnswerRecorder(FeedbackDbContext db, ICrmRecords records, Sentiment.SentimentScorer sentiment)
{
    public static readonly string[] Channels = ["web", "phone", "email", "visit", "chat", "import", "api"];

    /// <summary>Adds the answer to the context without saving, so the caller saves it with what else it changes.</summary>
    public async Task<SurveyAnswer> AddAsync(Survey survey, int version, SurveyDefinition definition, long? customerId, string channel,
        DateTime answeredUtc, long? enteredBy, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? answers, CancellationToken ct)
    {
        var (items, errors) = AnswerRules.Check(definition, answers);
        if (errors.Count > 0)
            throw new RecordValidationException(errors.ToDictionary(e => $"answers.{e.Key}", e => e.Value));
        if (items.Count == 0)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["answers"] = ["hold no answer"] });
        var customer = survey.Anonymous || customerId is not { } id ? null : await records.FindAsync<CustomerRecord>(id, ActingUser.System, ct);
        var answer = new SurveyAnswer
        {
            SurveyId = survey.Id, VersionNumber = version, Channel = channel, EnteredByUserId = enteredBy,
            CustomerId = customer?.Id, OwnerId = customer?.OwnerId, TeamId = customer?.TeamId,
            AnsweredUtc = survey.Anonymous ? answeredUtc.Date : answeredUtc,
            Items = items.Select(i => new SurveyAnswerItem
            {
                QuestionKey = i.QuestionKey, QuestionType = i.QuestionType, Number = i.Number, Text = i.Text,
                Sentiment = i.QuestionType == QuestionTypes.Text ? sentiment.Score(i.Text).Label.ToString().ToLowerInvariant() : null,
            }).ToList(),
        };
        db.Answers.Add(answer);
        return answer;
    }
}
