using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Manage;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>A wave of invitations and how many were answered: the response rate (answered ÷ invited × 100, two decimals).</summary>
public sealed record WaveRate(string Wave, DateTime FirstUtc, int Invited, int Answered, decimal ResponseRate);

/// <summary><c>GET /api/feedback/surveys/{key}/waves</c>: the survey's waves.</summary>
public sealed record WaveRateList(IReadOnlyList<WaveRate> Items);

/// <summary>Response rates per wave of one survey, newest wave first: counts only, nothing about anyone.</summary>
public sealed class WaveRates(FeedbackDbContext db, SurveyAdmin surveys)
{
    public async Task<IReadOnlyList<WaveRate>> OfAsync(string key, CancellationToken ct)
    {
        var survey = await surveys.FindAsync(key, ct);
        var waves = await db.Invitations.AsNoTracking().Where(i => i.SurveyId == survey.Id)
            .GroupBy(i => i.Wave)
            .Select(g => new { Wave = g.Key, First = g.Min(i => i.CreatedUtc), Invited = g.Count(), Answered = g.Count(i => i.AnsweredUtc != null) })
            .ToListAsync(ct);
        return waves.OrderByDescending(w => w.First)
            .Select(w => new WaveRate(w.Wave, w.First, w.Invited, w.Answered, Math.Round(w.Answered * 100m / w.Invited, 2))).ToList();
    }
}
