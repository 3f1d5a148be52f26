using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Notifications;

namespace PluginCrm.Host.Notifications;

/// <summary>A recipient as read now: its key, channel, template model, e-mail address, or why it may not be contacted.</summary>
public sealed record ResolvedRecipient(string Key, NotificationChannel Channel, string ModelName, object Model, string? Email, string? Name, string? Refusal);

/// <summary>Reads a recipient and decides whether it may be contacted; asked when queuing and again when delivering.</summary>
public static class NotificationRecipients
{
    public static string KeyOf(NotificationRecipient recipient) => recipient switch
    {
        { UserId: { } user, CustomerId: null } => $"user:{user}",
        { CustomerId: { } customer, UserId: null } => $"customer:{customer}",
        _ => throw new ArgumentException("A notification goes to a user or to a customer: set exactly one of UserId and CustomerId.", nameof(recipient)),
    };

    public static async Task<ResolvedRecipient> ResolveAsync(CrmDbContext db, NotificationRecipient recipient, CancellationToken ct)
    {
        var key = KeyOf(recipient);
        if (recipient.CustomerId is { } customerId)
        {
            var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct);
            var refusal = customer is null ? NotificationReasons.NoRecipient
                : !customer.ConsentToContact ? NotificationReasons.NoConsent
                : string.IsNullOrWhiteSpace(customer.Email) ? NotificationReasons.NoAddress : null;
            object model = customer is null ? "" : CoreRecords.Customers.ToRecord(customer);
            return new ResolvedRecipient(key, NotificationChannel.Email, "customer", model, customer?.Email, customer?.Name, refusal);
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == recipient.UserId, ct);
        return user is { Active: true }
            ? new ResolvedRecipient(key, NotificationChannel.Inbox, "user", new UserView(user.Id, user.Email, user.Name, user.Role, user.TeamId, user.Active), user.Email, user.Name, null)
            : new ResolvedRecipient(key, NotificationChannel.Inbox, "user", "", null, null, NotificationReasons.NoRecipient);
    }
}
