using PluginCrm.Host.Notifications.Reminders;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>The templates of the host's own messages (task reminders), saved as the demo admin would, so the demo's tasks remind at once.</summary>
public static class HostTemplateStep
{
    public static async Task<string> RunAsync(DemoTemplates templates, CancellationToken ct)
    {
        await templates.SaveMessageAsync(TaskReminderJob.ReminderTemplate, "Reminds the assignee that a task is due soon",
            "Subject: Due soon: {{ task.subject }} at {{ crm_date.format task.due_utc 'HH:mm' }} UTC\n\nHello {{ assignee.name }}, this task is due soon: {{ task.subject }}.", ct);
        await templates.SaveMessageAsync(TaskReminderJob.OverdueTemplate, "Tells the team's manager that a task is overdue",
            "Subject: Overdue: {{ task.subject }} ({{ assignee.name }})\n\n{{ assignee.name }}'s task was due {{ crm_date.format task.due_utc 'yyyy-MM-dd HH:mm' }} UTC and is not done.", ct);
        return "2 templates of the host's messages";
    }
}
