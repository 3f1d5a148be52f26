using System.Text.Json;
using PluginCrm.Training.Tests.Support;

namespace PluginCrm.Training.Tests.Events;

/// <summary>
/// Events over HTTP for the tests: schedule one, register, mark attendance, run the reminder job and read what it sent.
/// Every message template names what it is and the registration, so a test finds its own among the others' mail.
/// </summary>
public static class EventSteps
{
    public const string EventsApi = "/api/training/events";

    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        ["training.event-reminder"] = "Reminder",
        ["training.event-follow-up"] = "Follow-up",
        ["training.event-changed"] = "Changed",
        ["training.event-cancelled"] = "Cancelled",
        ["training.event-promoted"] = "Promoted",
    };

    /// <summary>A seminar starting <paramref name="startsIn"/> from the clock's now and lasting <paramref name="hours"/>.</summary>
    public static object Seminar(TrainingHost training, string title, TimeSpan startsIn, int? capacity = null, string audience = "customers", double hours = 2)
    {
        var starts = training.Clock.GetUtcNow().UtcDateTime + startsIn;
        return new { title, kind = "seminar", audience, startsUtc = starts, endsUtc = starts.AddHours(hours), place = "Shanghai office, room 3", capacity };
    }

    public static async Task<long> ScheduleAsync(TrainingHost training, object body) =>
        Id(await (await training.Admin.Post(EventsApi, body)).As<JsonElement>());

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, long eventId, object who) => client.Post($"{EventsApi}/{eventId}/registrations", who);

    public static async Task<long> RegisteredAsync(HttpClient client, long eventId, object who) => Id(await (await RegisterAsync(client, eventId, who)).As<JsonElement>());

    public static async Task<JsonElement> RegistrationAsync(TrainingHost training, long eventId, long registrationId) =>
        await (await training.Admin.GetAsync($"{EventsApi}/{eventId}/registrations/{registrationId}")).As<JsonElement>();

    public static async Task<JsonElement> ShowAsync(TrainingHost training, long eventId) =>
        await (await training.Admin.GetAsync($"{EventsApi}/{eventId}")).As<JsonElement>();

    public static Task<HttpResponseMessage> AttendAsync(HttpClient client, long eventId, long registrationId, string? attendance) =>
        client.Post($"{EventsApi}/{eventId}/registrations/{registrationId}/attendance", new { attendance });

    public static async Task<long> CustomerAsync(TrainingHost training, string name, bool consent = true, long? ownerId = null) =>
        Id(await (await training.Admin.Post("/api/customers", new
        {
            name, ownerId, email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.test", consentToContact = consent,
        })).As<JsonElement>());

    /// <summary>The five message templates: "WHAT: TITLE", then "WHAT for registration ID of TITLE." and for some a detail.</summary>
    public static async Task SaveTemplatesAsync(TrainingHost training, params string[] only)
    {
        foreach (var (key, what) in Templates.Where(t => only.Length == 0 || only.Contains(t.Key)))
        {
            var detail = what switch { "Cancelled" => " Why: {{ event.cancel_reason }}.", "Changed" => " It was at {{ previous.place }}.", _ => "" };
            var body = $"Subject: {what}: {{{{ event.title }}}}\n\n{what} for registration {{{{ registration.id }}}} of {{{{ event.title }}}}.{detail}";
            await (await training.Admin.PutAsync($"/api/templates/{key}", Json.Body(new { kind = "message", body }))).As<JsonElement>();
        }
    }

    /// <summary>Runs the reminder job as an admin would, then delivers what it queued.</summary>
    public static async Task RunRemindersAsync(TrainingHost training)
    {
        await (await training.Admin.PostAsync("/api/jobs/training.event-reminders/run", null)).As<JsonElement>();
        await training.Host.DeliverOutboxAsync();
    }

    /// <summary>The text of the e-mails dropped so far that mention <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Mails(TrainingHost training, string text)
    {
        var folder = Path.Combine(training.DataDirectory, "mail-drop");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f).TextBody ?? "").Where(b => b.Contains(text)).Select(b => b.Trim()).Order().ToList()
            : [];
    }

    public static long Id(JsonElement element) => element.GetProperty("id").GetInt64();
}
