using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// Every hour: an invitation still unanswered <c>surveyReminderDays</c> after it went out, not expired, and not reminded
/// yet, is sent again once. Only the token's hash is kept, so the reminder carries a new token and the first link stops
/// working (said in the reminder's template). Needs the invitation template; without it nothing is sent.
/// </summary>
public sealed class SurveyRemindersJob(FeedbackDbContext db, Invitations invitations, ISettings<FeedbackSettings> settings, ILogger<SurveyRemindersJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync(cancellationToken);
        if (options.SurveyReminderDays == 0 || options.SurveyInvitationTemplate.Length == 0)
            return;
        var now = run.StartedUtc.UtcDateTime;
        var due = now.AddDays(-options.SurveyReminderDays);
        var waiting = await db.Invitations.Where(i => i.AnsweredUtc == null && i.RemindedUtc == null && i.ExpiresUtc > now && i.CreatedUtc <= due)
            .OrderBy(i => i.Id).Take(500).ToListAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var sent = 0;
        foreach (var invitation in waiting.Where(i => surveys[i.SurveyId].Status == SurveyStatus.Published))
        {
            var token = InvitationTokens.New();
            invitation.TokenHash = InvitationTokens.Hash(token);
            invitation.RemindedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            var (emailed, _) = await invitations.EmailAsync(options.SurveyInvitationTemplate, surveys[invitation.SurveyId], invitation,
                invitations.Link(options, token), $"survey-reminder:{invitation.Id}", cancellationToken);
            sent += emailed ? 1 : 0;
        }
        logger.LogInformation("{Count} survey invitations due a reminder; {Sent} e-mailed", waiting.Count, sent);
    }
}
