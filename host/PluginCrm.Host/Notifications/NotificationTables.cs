using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Host.Notifications.Inbox;

namespace PluginCrm.Host.Notifications;

/// <summary>Notifications (outbox and send log) and the in-app inbox.</summary>
public static class NotificationTables
{
    extension(CrmDbContext db)
    {
        public DbSet<NotificationRow> Notifications => db.Set<NotificationRow>();
        public DbSet<InboxMessage> Inbox => db.Set<InboxMessage>();
    }
}
