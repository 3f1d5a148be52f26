using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Register;

namespace PluginCrm.Training.Events.Attend;

/// <summary>
/// Marks a registrant with a seat attended or a no-show, once the event started; a mark may be corrected. Who may is
/// whoever may change the learner, as for registering: the rep who looks after the customer knows whether it came and
/// is the one to follow up, a manager sees to its team, and a member of staff reports its own attendance as it marks
/// its own lessons done. A manager's policy alone would let any manager mark any team's customers.
/// </summary>
public sealed class AttendanceMarking(TrainingDbContext db, Registrants registrants, RegistrationList list, TimeProvider time)
{
    public async Task<RegistrationView> MarkAsync(long eventId, long registrationId, AttendanceRequest request, ActingUser user, CancellationToken ct)
    {
        var (scheduled, registration) = await registrants.DemandAsync(eventId, registrationId, user, AccessRight.Change, ct);
        if (!AttendanceMarks.All.Contains(request.Attendance ?? ""))
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                ["attendance"] = [request.Attendance is null
                    ? $"is required: one of {string.Join(", ", AttendanceMarks.All)}"
                    : $"'{request.Attendance}' is not one of {string.Join(", ", AttendanceMarks.All)}"],
            });
        var now = time.GetUtcNow().UtcDateTime;
        if (scheduled.Status == EventStatus.Cancelled)
            throw new RecordConflictException($"event {eventId} is cancelled; nobody attended it");
        if (scheduled.StartsUtc > now)
            throw new RecordConflictException($"event {eventId} starts at {scheduled.StartsUtc:yyyy-MM-dd HH:mm} UTC; attendance is marked once it started");
        if (registration.Status != RegistrationStatus.Confirmed)
            throw new RecordConflictException($"registration {registrationId} is {registration.Status}: only a registrant with a seat attends");
        registration.Attendance = request.Attendance;
        registration.AttendanceUtc = now;
        registration.AttendanceByUserId = user.UserId;
        await db.SaveChangesAsync(ct);
        return await list.ViewAsync(registration, ct);
    }
}
