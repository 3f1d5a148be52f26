using PluginCrm.Host.Jobs;
using PluginCrm.Host.Notifications.Delivery;
using PluginCrm.Host.Notifications.Inbox;
using PluginCrm.Host.Notifications.Log;
using PluginCrm.Host.Notifications.Mail;
using PluginCrm.Host.Notifications.Queue;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.Host.Notifications;

/// <summary>Notifications: the SDK's <see cref="INotifications"/>, delivery, the inbox and the send log.</summary>
public static class NotificationsFeature
{
    public static void AddNotifications(this IServiceCollection services, MailOptions mail, Reminders.TaskOptions tasks, string dataDirectory)
    {
        services.AddScoped<INotifications, NotificationQueue>();
        services.AddSingleton<Api.IProblemMapper, NotificationProblem>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostJob<Reminders.TaskReminderJob>(Reminders.TaskReminderJob.Name, TimeSpan.FromMinutes(1));
        services.AddSingleton<Pipeline.IOutboxDelivery>(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(mail));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(tasks));
        services.AddSingleton<IMailSender>(mail.Smtp.Host.Length > 0
            ? new SmtpMailSender(mail.Smtp)
            : new MailDropSender(mail.DropDirectory(dataDirectory)));
    }

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapInbox();
        app.MapNotificationLog();
    }
}
