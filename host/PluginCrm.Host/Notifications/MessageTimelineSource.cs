using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Notifications;

/// <summary>Messages sent to the customer (greetings, follow-ups), when they went, with the template version that wrote them.</summary>
public sealed class MessageTimelineSource(CrmDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "message";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var sent = db.Notifications.AsNoTracking().Where(n => n.CustomerId == customerId && n.Status == NotificationStatus.Sent && n.FinishedUtc != null);
        var rows = await window.Apply(sent, n => n.FinishedUtc!.Value, n => n.Id).ToListAsync(cancellationToken);
        return rows.Select(n => new TimelineEntry(n.FinishedUtc!.Value, n.Id, Kind, $"Message sent: {n.Subject}")
        {
            Detail = n.Body,
            Data = new Dictionary<string, object?>
            {
                ["templateKey"] = n.TemplateKey, ["templateVersion"] = n.TemplateVersion, ["channel"] = n.Channel, ["occasion"] = n.Occasion,
            },
        }).ToList();
    }
}
