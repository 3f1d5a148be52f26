using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Notifications.Reminders;

public sealed class TaskOptions
{
    /// <summary>How long before a task is due its assignee is reminded (template <c>task.reminder</c>); 0 turns reminders off.</summary>
    [Range(0, 7 * 24 * 60, ErrorMessage = "Tasks:ReminderMinutes must be between 0 and 10080")]
    public int ReminderMinutes { get; set; } = 60;
}
