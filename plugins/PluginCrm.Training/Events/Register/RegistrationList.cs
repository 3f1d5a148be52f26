using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Schedule;

namespace PluginCrm.Training.Events.Register;

/// <summary>An event's registrations whose learner the caller reads (a rep its customers, a manager its team's, ...).</summary>
public sealed class RegistrationList(TrainingDbContext db, EventCatalogue catalogue, IRecordAccess access, WaitingList waiting)
{
    public async Task<IReadOnlyList<RegistrationView>> ListAsync(long eventId, string? status, ActingUser user, CancellationToken ct)
    {
        await catalogue.FindAsync(eventId, ct);
        if (status is not null and not (RegistrationStatus.Confirmed or RegistrationStatus.Waiting or RegistrationStatus.Cancelled))
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{status}' is not one of {RegistrationStatus.Confirmed}, {RegistrationStatus.Waiting}, {RegistrationStatus.Cancelled}"],
            });
        var rows = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (status is not null)
            rows = rows.Where(r => r.Status == status);
        var registrations = await rows.OrderBy(r => r.Id).ToListAsync(ct);
        // One event's learners are few: ask about them rather than narrowing by everything the caller reads.
        var customers = await access.FilterAsync(user, AccessRight.Read, RecordTypes.Customer,
            registrations.Where(r => r.CustomerId != null).Select(r => r.CustomerId!.Value).Distinct(), ct);
        var users = await access.FilterAsync(user, AccessRight.Read, RecordTypes.User,
            registrations.Where(r => r.UserId != null).Select(r => r.UserId!.Value).Distinct(), ct);
        var positions = await waiting.PositionsAsync(eventId, ct);
        return registrations.Where(r => r.CustomerId is { } customerId ? customers.Contains(customerId) : users.Contains(r.UserId!.Value))
            .Select(r => View(r, positions)).ToList();
    }

    public async Task<RegistrationView> ViewAsync(EventRegistration registration, CancellationToken ct) =>
        View(registration, await waiting.PositionsAsync(registration.EventId, ct));

    private static RegistrationView View(EventRegistration r, IReadOnlyDictionary<long, int> positions) =>
        new(r.Id, r.EventId, r.CustomerId, r.UserId, r.Status, positions.TryGetValue(r.Id, out var position) ? position : null, r.RegisteredUtc,
            r.ConfirmedUtc, r.CancelledUtc, r.Attendance, r.AttendanceUtc, r.RemindedUtc, r.ReminderOutcome, r.FollowedUpUtc, r.FollowUpOutcome);
}
