using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Schedule;

namespace PluginCrm.Training.Events.Register;

/// <summary>
/// A registration goes with its learner: whoever may read (change) the customer or the user, in the host's words
/// (<see cref="IRecordAccess"/>), may read (change) the registration.
/// </summary>
public sealed class Registrants(TrainingDbContext db, EventCatalogue catalogue, IRecordAccess access)
{
    /// <summary>The event and the registration (tracked) if <paramref name="user"/> may do <paramref name="right"/> to its learner: else 404 unseen, 403 read only.</summary>
    public async Task<(TrainingEvent Event, EventRegistration Registration)> DemandAsync(
        long eventId, long registrationId, ActingUser user, AccessRight right, CancellationToken ct)
    {
        var found = await catalogue.FindAsync(eventId, ct);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, ct)
            ?? throw new RecordNotFoundException($"event {eventId} has no registration {registrationId}");
        await access.DemandAsync(user, right, LearnerOf(registration), ct);
        return (found, registration);
    }

    public static RecordRef LearnerOf(EventRegistration registration) => registration.CustomerId is { } customerId
        ? new RecordRef(RecordTypes.Customer, customerId)
        : new RecordRef(RecordTypes.User, registration.UserId!.Value);

    /// <summary>The learner in words: <c>customer 12</c>, <c>user 3</c>.</summary>
    public static string Name(EventRegistration registration) => $"{LearnerOf(registration).Type} {LearnerOf(registration).Id}";
}
