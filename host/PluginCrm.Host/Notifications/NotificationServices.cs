using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Notifications.Delivery;
using PluginCrm.Host.Notifications.Inbox;
using PluginCrm.Host.Notifications.Log;
using PluginCrm.Host.Notifications.Mail;
using PluginCrm.Host.Notifications.Queue;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.Host.Notifications;

/// <summary>Notifications: the SDK's <see cref="INotifications"/>, delivery, the inbox and the send log.</summary>
public static class NotificationServices
{
    public static void AddNotifications(this IServiceCollection services, CrmOptions options)
    {
        services.AddScoped<INotifications, NotificationQueue>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddSingleton<IMailSender>(options.Mail.Smtp.Host.Length > 0
            ? new SmtpMailSender(options.Mail.Smtp)
            : new MailDropSender(options.MailDropDirectory));
    }

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapInbox();
        app.MapNotificationLog();
    }
}
