using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Notifications.Queue;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.Host.Notifications.Reminders;

/// <summary>
/// The host's job <c>host.task-reminders</c>: an open task's assignee hears <c>Tasks:ReminderMinutes</c> before it is due
/// (template <c>task.reminder</c>), the assignee's team manager when it is overdue (<c>task.overdue</c>), each once per
/// task and due time: the occasion names the due time, so a task moved to a new one reminds again. A missing template
/// is one warning per run; the other messages still go.
/// </summary>
public sealed class TaskReminderJob(CrmDbContext db, INotifications notifications, IOptions<TaskOptions> options, ILogger<TaskReminderJob> logger) : IScheduledJob
{
    public const string Name = "task-reminders";
    public const string ReminderTemplate = "task.reminder", OverdueTemplate = "task.overdue";

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = run.StartedUtc.UtcDateTime;
        var minutes = options.Value.ReminderMinutes;
        var open = db.Tasks.AsNoTracking().Where(t => !t.Done && t.OwnerId != null).OrderBy(t => t.DueUtc).ThenBy(t => t.Id);
        var soon = minutes == 0 ? [] : await open.Where(t => t.DueUtc > now && t.DueUtc <= now.AddMinutes(minutes)).ToListAsync(cancellationToken);
        var late = await open.Where(t => t.DueUtc <= now && t.TeamId != null).ToListAsync(cancellationToken);
        var managers = await db.Teams.AsNoTracking().Where(t => t.ManagerId != null).ToDictionaryAsync(t => t.Id, t => t.ManagerId!.Value, cancellationToken);

        var due = soon.Select(t => new Reminder(t, ReminderTemplate, t.OwnerId!.Value, $"task-reminder:{t.Id}:{t.DueUtc:yyyyMMddTHHmmss}Z"))
            .Concat(late.Where(t => managers.ContainsKey(t.TeamId!.Value))
                .Select(t => new Reminder(t, OverdueTemplate, managers[t.TeamId!.Value], $"task-overdue:{t.Id}:{t.DueUtc:yyyyMMddTHHmmss}Z")))
            .ToList();
        var sent = await SentAsync(due, cancellationToken);
        var assignees = await AssigneesAsync(due, cancellationToken);
        var (queued, missing) = (0, new HashSet<string>());
        foreach (var reminder in due.Where(r => !sent.Contains((NotificationRecipients.KeyOf(NotificationRecipient.User(r.To)), r.Occasion))))
        {
            if (missing.Contains(reminder.Template))
                continue;
            var model = new Dictionary<string, object?> { ["task"] = CoreRecords.Tasks.ToRecord(reminder.Task), ["assignee"] = assignees[reminder.Task.OwnerId!.Value] };
            try
            {
                if ((await notifications.QueueAsync(new Notification(reminder.Template, NotificationRecipient.User(reminder.To), model, reminder.Occasion), cancellationToken)).Queued)
                    queued++;
            }
            catch (NotificationTemplateException ex)
            {
                missing.Add(reminder.Template); // one warning per template and run: the next task would fail the same way
                logger.LogWarning("Task reminders with {Template} not sent: {Reason}", reminder.Template, ex.Message);
            }
        }
        logger.LogInformation("Queued {Count} task reminders and overdue notices", queued);
    }

    private sealed record Reminder(CrmTask Task, string Template, long To, string Occasion);

    // Occasions already used, read in one query so that tasks long overdue cost nothing per run.
    private async Task<HashSet<(string Recipient, string Occasion)>> SentAsync(List<Reminder> due, CancellationToken ct)
    {
        var occasions = due.Select(r => r.Occasion).ToList();
        var used = await db.Notifications.AsNoTracking().Where(n => n.Occasion != null && occasions.Contains(n.Occasion))
            .Select(n => new { n.Recipient, n.Occasion }).ToListAsync(ct);
        return used.Select(n => (n.Recipient, n.Occasion!)).ToHashSet();
    }

    private async Task<Dictionary<long, UserView>> AssigneesAsync(List<Reminder> due, CancellationToken ct)
    {
        var ids = due.Select(r => r.Task.OwnerId!.Value).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, UserView.Of, ct);
    }
}
