using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Surveys.Scores;

/// <summary>
/// CSAT, NPS and CES over the answers the caller may see: those about customers it reads; an anonymous survey's answers,
/// which belong to no customer, count for admins only.
/// </summary>
public sealed class SatisfactionScores(FeedbackDbContext db, IRecordAccess access)
{
    private static readonly string[] Scored = [Definition.QuestionTypes.Csat, Definition.QuestionTypes.Nps, Definition.QuestionTypes.Ces];

    public async Task<ScoreReport> ComputeAsync(ScoreQuery query, ActingUser user, CancellationToken ct)
    {
        var answers = db.Answers.AsNoTracking();
        var scope = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        if (!scope.All)
        {
            var ids = scope.Ids;
            answers = answers.Where(a => a.CustomerId != null && ids.Contains(a.CustomerId.Value));
        }
        if (query.Survey is { } key)
            answers = answers.Where(a => db.Surveys.Any(s => s.Id == a.SurveyId && s.Key == key));
        if (query.Channel is { } channel)
            answers = answers.Where(a => a.Channel == channel);
        if (query.TeamId is { } team)
            answers = answers.Where(a => a.TeamId == team);
        if (query.OwnerId is { } owner)
            answers = answers.Where(a => a.OwnerId == owner);
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            answers = answers.Where(a => a.AnsweredUtc >= start);
        }
        if (query.To is { } to)
        {
            var end = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            answers = answers.Where(a => a.AnsweredUtc < end);
        }
        var scored = db.Set<SurveyAnswerItem>().Where(i => Scored.Contains(i.QuestionType) && i.Number != null);
        var rows = await answers.Join(scored, a => a.Id, i => i.AnswerId, (a, i) => new { a.Id, a.AnsweredUtc, i.QuestionType, Number = i.Number!.Value })
            .ToListAsync(ct);
        var items = rows.Select(r => (r.Id, r.QuestionType, r.Number)).ToList();
        var series = query.Buckets().Select(b => new ScorePoint(b.From, b.To, ScoreFigures.Of(rows
            .Where(r => DateOnly.FromDateTime(r.AnsweredUtc) >= b.From && DateOnly.FromDateTime(r.AnsweredUtc) < b.To)
            .Select(r => (r.Id, r.QuestionType, r.Number)).ToList()))).ToList();
        return new ScoreReport(query.From, query.To, query.By, ScoreFigures.Of(items), series);
    }
}
