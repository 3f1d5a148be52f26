using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Feedback.Timeline;

/// <summary>
/// The customer's survey answers on its timeline, with the scored figures and comments in the detail (NPS 3, CSAT 2,
/// "Delivery took too long." (negative)). An
/// anonymous survey's answers belong to no customer and never show here.
/// </summary>
public sealed class SurveyAnswerTimelineSource(FeedbackDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "survey-answer";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Sdk.Timeline.TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var answers = db.Answers.AsNoTracking().Where(a => a.CustomerId == customerId)
            .Join(db.Surveys.AsNoTracking(), a => a.SurveyId, s => s.Id, (a, s) => new Row { Answer = a, Title = s.Title, Key = s.Key });
        var rows = await window.Apply(answers, r => r.Answer.AnsweredUtc, r => r.Answer.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Answer.Id).ToList();
        var items = await db.Set<SurveyAnswerItem>().AsNoTracking().Where(i => ids.Contains(i.AnswerId) && (i.Number != null || i.Sentiment != null))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new Sdk.Timeline.TimelineEntry(r.Answer.AnsweredUtc, r.Answer.Id, Kind, $"Survey answered: {r.Title}")
        {
            Detail = string.Join(", ", items.Where(i => i.AnswerId == r.Answer.Id).Select(Show)) is { Length: > 0 } d ? $"{d} (by {r.Answer.Channel})" : $"by {r.Answer.Channel}",
            Data = new Dictionary<string, object?> { ["survey"] = r.Key, ["answerId"] = r.Answer.Id, ["version"] = r.Answer.VersionNumber },
        }).ToList();
    }

    // A score as its name and number; a comment as its text and sentiment.
    private static string Show(SurveyAnswerItem item) => item.Number is { } number ? $"{Label(item.QuestionType, item.QuestionKey)} {number}" : $"\"{item.Text}\" ({item.Sentiment})";

    private static string Label(string type, string key) => type switch
    {
        QuestionTypes.Nps => "NPS",
        QuestionTypes.Csat => "CSAT",
        QuestionTypes.Ces => "effort",
        _ => key,
    };

    private sealed record Row
    {
        public required SurveyAnswer Answer { get; init; }
        public required string Title { get; init; }
        public required string Key { get; init; }
    }
}
