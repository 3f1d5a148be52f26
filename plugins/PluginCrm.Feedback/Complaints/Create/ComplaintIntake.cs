using System.Globalization;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Notices;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Complaints.Create;

/// <summary>
/// Logs a complaint (<c>complaint.create</c>) about a customer the caller reads (one it may not see reads as one that does
/// not exist): checked field by field, owned by the given user (one the caller may give work to), else the customer's
/// owner, else nobody; the team is the owner's; the deadlines are the priority's calendar hours from when it was received.
/// </summary>
public sealed class ComplaintIntake(
    ComplaintStore store, IPluginMessages messages, ICrmRecords records, ICrmDirectory directory, Assignees assignees,
    ComplaintNotices notices, ISettings<FeedbackSettings> settings, TimeProvider time)
{
    public static readonly string[] Channels = ["phone", "email", "web", "chat", "visit", "social", "other"];

    public async Task<ComplaintRecord> CreateAsync(CreateComplaintRequest request, ActingUser user, CancellationToken ct)
    {
        var options = await settings.GetAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        void Check(string field, bool bad, string message) { if (bad && !errors.ContainsKey(field)) errors[field] = [message]; }

        var customer = request.CustomerId is { } customerId ? await records.FindAsync<CustomerRecord>(customerId, user, ct) : null;
        Check("customerId", request.CustomerId is null, "is required");
        Check("customerId", customer is null, $"there is no customer {request.CustomerId}");
        Check("subject", string.IsNullOrWhiteSpace(request.Subject), "is required");
        Check("subject", request.Subject?.Trim().Length > 200, $"is {request.Subject?.Trim().Length} characters; the limit is 200");
        Check("description", string.IsNullOrWhiteSpace(request.Description), "is required");
        Check("description", request.Description?.Length > 10_000, $"is {request.Description?.Length} characters; the limit is 10000");
        var category = request.Category?.Trim().ToLowerInvariant() ?? options.Categories[0];
        Check("category", !options.Categories.Contains(category), $"'{request.Category}' is not one of {string.Join(", ", options.Categories)}");
        var channel = request.Channel?.Trim().ToLowerInvariant() ?? "other";
        Check("channel", !Channels.Contains(channel), $"'{request.Channel}' is not one of {string.Join(", ", Channels)}");
        var priority = ComplaintPriority.Normal;
        Check("priority", request.Priority is not null && !TryPriority(request.Priority, out priority), $"'{request.Priority}' is not one of low, normal, high, urgent");
        var received = now;
        Check("receivedUtc", request.ReceivedUtc is not null && !TryUtc(request.ReceivedUtc, out received), $"'{request.ReceivedUtc}' is not a date and time, e.g. 2026-01-05T09:00:00Z");
        Check("receivedUtc", received > now, $"{received:u} is in the future");

        var owner = request.OwnerId is { } ownerId ? await assignees.FindAsync(ownerId, user, errors, ct) : null;
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
        owner ??= (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == customer!.OwnerId && u.Active);

        var (respond, resolve) = options.HoursFor(priority);
        var complaint = new ComplaintRecord(0, customer!.Id, request.Subject!.Trim(), request.Description!.Trim(), category, channel, priority,
            ComplaintStatus.Open, owner?.Id, owner?.TeamId, received, received.AddHours(respond), received.AddHours(resolve),
            null, null, null, null, 0, now, now, 1);
        var created = new ComplaintEvent { OccurredUtc = now, UserId = user.UserId, UserName = user.Name, Kind = "create", Text = $"by {channel}" };
        return await messages.RunAsync(new PluginMessage<ComplaintRecord>(FeedbackMessages.Create, user, null, complaint, async (target, token) =>
        {
            var saved = await store.InsertAsync(target, created, token);
            await notices.AssignedAsync(saved, token);
            return saved;
        }), ct);
    }

    /// <summary>A priority by name (any case); numbers are not names.</summary>
    public static bool TryPriority(string text, out ComplaintPriority priority)
    {
        priority = ComplaintPriority.Normal;
        return text.Trim() is { Length: > 0 } name && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: true, out priority);
    }

    private static bool TryUtc(string text, out DateTime utc)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        utc = ok ? parsed.UtcDateTime : default;
        return ok;
    }
}
