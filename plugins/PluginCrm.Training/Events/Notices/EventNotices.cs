using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Events.Notices;

/// <summary>
/// Messages to an event's registrants from the admin's message templates (<see cref="TrainingSettings"/>): a customer by
/// e-mail and only with its consent to be contacted, a member of staff in its in-app inbox; each once per occasion (the
/// host keeps that). A template that is missing or fails never fails the change or the job that sends; it is logged
/// as a warning once per scope (a job run, a request), the rest of its failures at debug level.
/// </summary>
public sealed class EventNotices(
    IServiceProvider services, TrainingDbContext db, ICrmRecords records, ISettings<TrainingSettings> settings, ILogger<EventNotices> logger)
{
    public const string Sent = "sent";
    public const string TemplateFailed = "template-failed";

    private readonly HashSet<string> failing = [];
    private readonly Dictionary<long, string?> courseKeys = [];

    /// <summary>
    /// Tells every registrant, those waiting included, the event's new time, place or link (model: also <c>previous</c>
    /// with starts_utc, ends_utc, place, online_link as they were).
    /// </summary>
    public async Task<int> ChangedAsync(TrainingEvent scheduled, TrainingEvent previous, CancellationToken ct)
    {
        var model = new Dictionary<string, object?>
        {
            ["previous"] = new Dictionary<string, object?>
            {
                ["starts_utc"] = EventMessageModel.Utc(previous.StartsUtc), ["ends_utc"] = EventMessageModel.Utc(previous.EndsUtc),
                ["place"] = previous.Place, ["online_link"] = previous.OnlineLink,
            },
        };
        return await ToRegistrantsAsync((await settings.GetAsync(ct)).EventChangedTemplate, scheduled, $"training-event-changed:{scheduled.Id}:{scheduled.UpdatedUtc.Ticks}", model, ct);
    }

    /// <summary>Tells every registrant, those waiting included, that the event is called off (<c>event.cancel_reason</c>).</summary>
    public async Task<int> CancelledAsync(TrainingEvent scheduled, CancellationToken ct) =>
        await ToRegistrantsAsync((await settings.GetAsync(ct)).EventCancelledTemplate, scheduled, $"training-event-cancelled:{scheduled.Id}", null, ct);

    /// <summary>Tells a registrant moved up from the waiting list that it has a seat.</summary>
    public async Task<string> PromotedAsync(TrainingEvent scheduled, EventRegistration registration, CancellationToken ct) =>
        await SendAsync((await settings.GetAsync(ct)).EventPromotedTemplate, scheduled, registration, $"training-event-promoted:{registration.Id}", null, ct);

    /// <summary>
    /// Queues <paramref name="template"/> to the registration's learner; <see cref="Sent"/>, or why not: <c>no-template</c>
    /// (switched off in the settings), <c>no-consent</c>, <c>no-address</c>, <c>already-sent</c>, <c>no-recipient</c>,
    /// <see cref="TemplateFailed"/>.
    /// </summary>
    public async Task<string> SendAsync(
        string template, TrainingEvent scheduled, EventRegistration registration, string occasion, IReadOnlyDictionary<string, object?>? extra, CancellationToken ct)
    {
        if (template.Length == 0)
            return "no-template";
        if (services.GetService<INotifications>() is not { } notifications)
        {
            logger.LogWarning("No notifications service: {Occasion} not sent to {Learner}", occasion, Register.Registrants.Name(registration));
            return "no-notifications";
        }
        NotificationRecipient recipient;
        if (registration.CustomerId is { } customerId)
        {
            // The host refuses too; asking first spares rendering a message that would not go.
            var customer = await records.FindAsync<CustomerRecord>(customerId, ct);
            if (customer is not { ConsentToContact: true })
                return customer is null ? "no-recipient" : "no-consent";
            recipient = NotificationRecipient.Customer(customerId);
        }
        else
            recipient = NotificationRecipient.User(registration.UserId!.Value);
        var model = EventMessageModel.Of(scheduled, await CourseKeyAsync(scheduled, ct), registration);
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>())
            model[name] = value;
        try
        {
            var result = await notifications.QueueAsync(new Notification(template, recipient, model, occasion), ct);
            return result.Queued ? Sent : result.Reason ?? "not-queued";
        }
        catch (InvalidOperationException ex)
        {
            // Each registrant is still tried: a template may fail for staff (say it reads customer.name) and work for customers.
            logger.Log(failing.Add(template) ? LogLevel.Warning : LogLevel.Debug,
                "Training event {EventId}: message template {Template} not sent ({Occasion}): {Reason}", scheduled.Id, template, occasion, ex.Message);
            return TemplateFailed;
        }
    }

    private async Task<int> ToRegistrantsAsync(string template, TrainingEvent scheduled, string occasion, IReadOnlyDictionary<string, object?>? extra, CancellationToken ct)
    {
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == scheduled.Id && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var registration in registrations)
            sent += await SendAsync(template, scheduled, registration, occasion, extra, ct) == Sent ? 1 : 0;
        logger.LogInformation("Training event {EventId}: {Occasion} sent to {Sent} of {Count} registrants", scheduled.Id, occasion, sent, registrations.Count);
        return sent;
    }

    private async Task<string?> CourseKeyAsync(TrainingEvent scheduled, CancellationToken ct)
    {
        if (scheduled.CourseId is not { } courseId)
            return null;
        if (!courseKeys.TryGetValue(courseId, out var key))
            courseKeys[courseId] = key = await db.Courses.AsNoTracking().Where(c => c.Id == courseId).Select(c => c.Key).SingleOrDefaultAsync(ct);
        return key;
    }
}
