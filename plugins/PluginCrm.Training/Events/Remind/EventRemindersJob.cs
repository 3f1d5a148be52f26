using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Notices;

namespace PluginCrm.Training.Events.Remind;

/// <summary>
/// Every 15 minutes: a reminder to each registrant with a seat <c>eventReminderHours</c> before the event starts, once
/// per start time (an event moved is reminded again before its new start); and a follow-up to each registrant marked
/// attended, <c>eventFollowUpHours</c> after the end, once. Each registration keeps when its message was dealt with and
/// how (sent, or why not), so nothing goes twice. While a template is missing or fails to render nothing is recorded,
/// so the messages still due go once an admin saves or mends it.
/// </summary>
public sealed class EventRemindersJob(TrainingDbContext db, EventNotices notices, ISettings<TrainingSettings> settings, ILogger<EventRemindersJob> logger)
    : IScheduledJob
{
    public const int Batch = 500;

    /// <summary>A thank-you weeks late reads odd: attendance marked long after the event gets no follow-up.</summary>
    public static readonly TimeSpan FollowUpWindow = TimeSpan.FromDays(14);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync(cancellationToken);
        var now = run.StartedUtc.UtcDateTime;
        var horizon = now.AddHours(options.EventReminderHours);
        var reminders = await SendAsync(options.EventReminderTemplate,
            db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed && r.RemindedUtc == null && db.Events.Any(e =>
                e.Id == r.EventId && e.Status == EventStatus.Scheduled && e.StartsUtc > now && e.StartsUtc <= horizon)),
            (registration, scheduled) => $"training-event-reminder:{registration.Id}:{scheduled.StartsUtc:yyyyMMddTHHmm}",
            (registration, outcome) => (registration.RemindedUtc, registration.ReminderOutcome) = (now, outcome), cancellationToken);
        var endedBy = now.AddHours(-options.EventFollowUpHours);
        var endedAfter = endedBy - FollowUpWindow;
        var followUps = await SendAsync(options.EventFollowUpTemplate,
            db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed && r.Attendance == AttendanceMarks.Attended && r.FollowedUpUtc == null
                && db.Events.Any(e => e.Id == r.EventId && e.Status == EventStatus.Scheduled && e.EndsUtc <= endedBy && e.EndsUtc > endedAfter)),
            (registration, _) => $"training-event-follow-up:{registration.Id}",
            (registration, outcome) => (registration.FollowedUpUtc, registration.FollowUpOutcome) = (now, outcome), cancellationToken);
        logger.LogInformation("Training events: {Reminders} reminders and {FollowUps} follow-ups sent", reminders, followUps);
    }

    private async Task<int> SendAsync(string template, IQueryable<EventRegistration> due, Func<EventRegistration, TrainingEvent, string> occasion,
        Action<EventRegistration, string> record, CancellationToken ct)
    {
        if (template.Length == 0)
            return 0;
        var registrations = await due.OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
        var eventIds = registrations.Select(r => r.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var sent = 0;
        foreach (var registration in registrations)
        {
            var scheduled = events[registration.EventId];
            var outcome = await notices.SendAsync(template, scheduled, registration, occasion(registration, scheduled), null, ct);
            if (outcome == EventNotices.TemplateFailed)
                continue; // logged by the notices; left unrecorded, to go once the template is there (or renders)
            record(registration, outcome);
            await db.SaveChangesAsync(ct);
            sent += outcome == EventNotices.Sent ? 1 : 0;
        }
        return sent;
    }
}
