using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Schedule;

namespace PluginCrm.Training.Events.Register;

/// <summary>
/// Registers a learner the caller may change for an event ahead: a seat while there are seats, else a place in the
/// waiting list. Cancelling a seat gives it to the first one waiting.
/// </summary>
public sealed class Registering(
    TrainingDbContext db, EventCatalogue catalogue, Registrants registrants, RegistrationList list, WaitingList waiting, IRecordAccess access,
    ICrmDirectory directory, TimeProvider time)
{
    public async Task<RegistrationView> RegisterAsync(long eventId, RegisterRequest request, ActingUser user, CancellationToken ct)
    {
        var scheduled = await catalogue.FindAsync(eventId, ct);
        var registration = new EventRegistration { EventId = eventId, CustomerId = request.CustomerId, UserId = request.UserId, RegisteredByUserId = user.UserId };
        await DemandLearnerAsync(scheduled, request, user, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (scheduled.Status == EventStatus.Cancelled)
            throw new RecordConflictException($"event {eventId} is cancelled");
        if (scheduled.StartsUtc <= now)
            throw new RecordConflictException($"event {eventId} started at {scheduled.StartsUtc:yyyy-MM-dd HH:mm} UTC; registration is closed");
        if (await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.Status != RegistrationStatus.Cancelled)
                .Where(r => request.CustomerId != null ? r.CustomerId == request.CustomerId : r.UserId == request.UserId)
                .Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct) is { } existing)
            throw AlreadyRegistered(registration, existing.Id, existing.Status);

        var confirmed = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, ct);
        var seated = scheduled.Capacity is not { } capacity || confirmed < capacity;
        registration.Status = seated ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting;
        registration.RegisteredUtc = now;
        registration.ConfirmedUtc = seated ? now : null;
        db.Registrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw AlreadyRegistered(registration, null, null); // the same learner, registered by someone else a moment ago
        }
        if (seated && scheduled.Capacity is { } seats
            && await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed && r.Id < registration.Id, ct) >= seats)
        {
            // Another registration took the last seat between the count and the insert: the later one waits.
            registration.Status = RegistrationStatus.Waiting;
            registration.ConfirmedUtc = null;
            await db.SaveChangesAsync(ct);
        }
        return await list.ViewAsync(registration, ct);
    }

    /// <summary>Gives up the registration before the event starts; a seat given up goes to the first one waiting.</summary>
    public async Task<RegistrationView> CancelAsync(long eventId, long registrationId, ActingUser user, CancellationToken ct)
    {
        var (scheduled, registration) = await registrants.DemandAsync(eventId, registrationId, user, AccessRight.Change, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (registration.Status == RegistrationStatus.Cancelled)
            throw new RecordConflictException($"registration {registrationId} was cancelled already on {registration.CancelledUtc:yyyy-MM-dd}");
        if (scheduled.Status == EventStatus.Cancelled)
            throw new RecordConflictException($"event {eventId} is cancelled; its registrations stay as they were");
        if (scheduled.StartsUtc <= now)
            throw new RecordConflictException($"event {eventId} started at {scheduled.StartsUtc:yyyy-MM-dd HH:mm} UTC; mark the registrant a no-show instead");
        var hadSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledUtc = now;
        await db.SaveChangesAsync(ct);
        if (hadSeat)
            await waiting.MoveUpAsync(scheduled, ct);
        return await list.ViewAsync(registration, ct);
    }

    // Exactly one learner, of the event's audience, that the caller may change (404 unseen, 403 read only), and active if staff.
    private async Task DemandLearnerAsync(TrainingEvent scheduled, RegisterRequest request, ActingUser user, CancellationToken ct)
    {
        if ((request.CustomerId is null) == (request.UserId is null))
            throw Invalid(request.CustomerId is null ? "customerId" : "userId", "name exactly one of customerId, userId");
        var forStaff = scheduled.Audience == Audiences.Staff;
        if (forStaff != request.UserId is not null)
            throw Invalid(request.UserId is null ? "customerId" : "userId", forStaff
                ? $"event {scheduled.Id} is for staff: register a user"
                : $"event {scheduled.Id} is for customers: register a customer");
        await access.DemandAsync(user, AccessRight.Change, request.CustomerId is { } customerId
            ? new RecordRef(RecordTypes.Customer, customerId)
            : new RecordRef(RecordTypes.User, request.UserId!.Value), ct);
        if (request.UserId is { } userId && (await directory.UsersAsync(ct)).SingleOrDefault(u => u.Id == userId) is { Active: false })
            throw Invalid("userId", $"user {userId} is not active");
    }

    private static RecordConflictException AlreadyRegistered(EventRegistration registration, long? existingId, string? status) =>
        new($"{Registrants.Name(registration)} is registered for event {registration.EventId} already"
            + (existingId is null ? "" : $" (registration {existingId}, {status})"));

    private static RecordValidationException Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
