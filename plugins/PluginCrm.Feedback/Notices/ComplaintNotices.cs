using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Notices;

/// <summary>
/// In-app messages about complaints, each once per occasion (the host keeps that across restarts). A missing template
/// or a host without notifications is logged and never fails the change or the job that noticed.
/// </summary>
public sealed class ComplaintNotices(IServiceProvider services, ICrmDirectory directory, ISettings<FeedbackSettings> settings, ILogger<ComplaintNotices> logger)
{
    /// <summary>Tells the new owner; the occasion <c>complaint-assigned:ID:OWNER</c>.</summary>
    public async Task AssignedAsync(ComplaintRecord complaint, CancellationToken ct)
    {
        if (complaint.OwnerId is not { } owner)
            return;
        await SendAsync((await settings.GetAsync(ct)).AssignedTemplate, owner, Model(complaint, null), $"complaint-assigned:{complaint.Id}:{owner}", ct);
    }

    /// <summary>
    /// Tells the owner and the owner's team manager, or every active admin while unassigned, that <paramref name="breach"/>
    /// (<c>response</c> or <c>resolution</c>) is late; returns how many messages were queued.
    /// </summary>
    public async Task<int> OverdueAsync(ComplaintRecord complaint, string breach, CancellationToken ct)
    {
        var template = (await settings.GetAsync(ct)).OverdueTemplate;
        var occasion = $"complaint-overdue:{complaint.Id}:{breach}:{complaint.ReopenCount}";
        var queued = 0;
        foreach (var user in await RecipientsAsync(complaint, ct))
            queued += await SendAsync(template, user, Model(complaint, breach), occasion, ct) ? 1 : 0;
        return queued;
    }

    // Read once per scope (a job run, a request): the deadline job asks for every late complaint in turn.
    private IReadOnlyList<long>? activeAdmins;
    private IReadOnlyDictionary<long, long?>? managerOfTeam;

    private async Task<IEnumerable<long>> RecipientsAsync(ComplaintRecord complaint, CancellationToken ct)
    {
        if (complaint.OwnerId is not { } owner)
            return activeAdmins ??= (await directory.UsersAsync(ct)).Where(u => u.Active && u.Role == CrmRole.Admin).Select(u => u.Id).ToList();
        managerOfTeam ??= (await directory.TeamsAsync(ct)).ToDictionary(t => t.Id, t => t.ManagerId);
        var manager = complaint.TeamId is { } team ? managerOfTeam.GetValueOrDefault(team) : null;
        return manager is { } m && m != owner ? [owner, m] : [owner];
    }

    /// <summary>The template sees the complaint as <c>complaint.*</c> (snake_case, e.g. <c>complaint.resolve_by_utc</c>) and the breach.</summary>
    private static Dictionary<string, object?> Model(ComplaintRecord complaint, string? breach) => new() { ["complaint"] = complaint, ["breach"] = breach };

    private async Task<bool> SendAsync(string template, long userId, Dictionary<string, object?> model, string occasion, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(template))
            return false;
        if (services.GetService<INotifications>() is not { } notifications)
        {
            logger.LogWarning("No notifications service: user {UserId} not told {Occasion}", userId, occasion);
            return false;
        }
        try
        {
            return (await notifications.QueueAsync(new Notification(template, NotificationRecipient.User(userId), model, occasion), ct)).Queued;
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning("User {UserId} not told {Occasion}: {Reason}", userId, occasion, ex.Message);
            return false;
        }
    }
}
