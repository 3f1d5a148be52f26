using Microsoft.EntityFrameworkCore;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Notices;

namespace PluginCrm.Training.Events.Register;

/// <summary>The queue for seats: first registered, first seated; each one seated is told.</summary>
public sealed class WaitingList(TrainingDbContext db, EventNotices notices, TimeProvider time)
{
    /// <summary>Gives the event's free seats to those waiting longest; returns how many moved up.</summary>
    public async Task<int> MoveUpAsync(TrainingEvent scheduled, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (scheduled.Status != EventStatus.Scheduled || scheduled.StartsUtc <= now)
            return 0;
        var confirmed = await db.Registrations.CountAsync(r => r.EventId == scheduled.Id && r.Status == RegistrationStatus.Confirmed, ct);
        var free = scheduled.Capacity is { } capacity ? capacity - confirmed : int.MaxValue;
        if (free <= 0)
            return 0;
        var next = await db.Registrations.AsNoTracking().Where(r => r.EventId == scheduled.Id && r.Status == RegistrationStatus.Waiting)
            .OrderBy(r => r.Id).Take(free).ToListAsync(ct);
        var moved = 0;
        foreach (var registration in next)
        {
            // Only if still waiting: two cancellations at once must not seat (and tell) the same registrant twice.
            var seated = await db.Registrations.Where(r => r.Id == registration.Id && r.Status == RegistrationStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.ConfirmedUtc, now), ct);
            if (seated == 0)
                continue;
            registration.Status = RegistrationStatus.Confirmed;
            registration.ConfirmedUtc = now;
            await notices.PromotedAsync(scheduled, registration, ct);
            moved++;
        }
        return moved;
    }

    /// <summary>Each waiting registration of the event and its place in the queue, 1 first.</summary>
    public async Task<IReadOnlyDictionary<long, int>> PositionsAsync(long eventId, CancellationToken ct) =>
        (await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waiting)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct))
        .Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index + 1);
}
