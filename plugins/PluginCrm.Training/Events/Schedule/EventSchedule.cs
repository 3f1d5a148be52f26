using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Data;
using PluginCrm.Training.Events.Notices;
using PluginCrm.Training.Events.Register;

namespace PluginCrm.Training.Events.Schedule;

/// <summary>
/// Events as managers keep them: scheduled, changed, called off. A new time, place or link is told to every registrant
/// (a new time also reminds them again before the new start); a call-off too. More seats move the waiting list up;
/// fewer seats than are taken are refused.
/// </summary>
public sealed class EventSchedule(TrainingDbContext db, EventCatalogue catalogue, WaitingList waiting, EventNotices notices, TimeProvider time)
{
    public async Task<EventView> CreateAsync(EventRequest request, ActingUser user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var courseId = await ValidateAsync(request, now, newTime: true, ct);
        var created = new TrainingEvent { CreatedByUserId = user.UserId, CreatedUtc = now };
        Apply(created, request, courseId, now);
        db.Events.Add(created);
        await db.SaveChangesAsync(ct);
        return await catalogue.ShowAsync(created.Id, ct);
    }

    /// <summary>Replaces what the event says; see the class for what follows from a new time or capacity.</summary>
    public async Task<EventView> ReplaceAsync(long id, EventRequest request, CancellationToken ct)
    {
        var scheduled = await catalogue.FindAsync(id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var moved = request is { StartsUtc: { } starts, EndsUtc: { } ends }
            && (EventRules.Utc(starts) != scheduled.StartsUtc || EventRules.Utc(ends) != scheduled.EndsUtc);
        var courseId = await ValidateAsync(request, now, moved, ct);
        if (scheduled.Status == EventStatus.Cancelled)
            throw new RecordConflictException($"event {id} is cancelled; it is not changed any more");
        if (moved && scheduled.StartsUtc <= now)
            throw new RecordConflictException($"event {id} started at {scheduled.StartsUtc:yyyy-MM-dd HH:mm} UTC; its time no longer changes");
        var live = await db.Registrations.Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (request.Audience != scheduled.Audience && live.Count > 0)
            throw new RecordConflictException($"event {id} has {live.Sum(l => l.Count)} registrants from its audience '{scheduled.Audience}'; the audience does not change while they are registered");
        var confirmed = live.Where(l => l.Status == RegistrationStatus.Confirmed).Sum(l => l.Count);
        if (request.Capacity < confirmed)
            throw new RecordConflictException($"event {id} has {confirmed} confirmed registrants; the capacity cannot be less (cancel registrations first)");

        var previous = new TrainingEvent
        {
            StartsUtc = scheduled.StartsUtc, EndsUtc = scheduled.EndsUtc, Place = scheduled.Place, OnlineLink = scheduled.OnlineLink,
        };
        Apply(scheduled, request, courseId, now);
        await db.SaveChangesAsync(ct);
        if (moved)
            // The reminder went for the old start, if at all: the new start gets its own.
            await db.Registrations.Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedUtc, (DateTime?)null).SetProperty(r => r.ReminderOutcome, (string?)null), ct);
        if (moved || scheduled.Place != previous.Place || scheduled.OnlineLink != previous.OnlineLink)
            await notices.ChangedAsync(scheduled, previous, ct);
        await waiting.MoveUpAsync(scheduled, ct);
        return await catalogue.ShowAsync(id, ct);
    }

    /// <summary>Calls the event off before it starts and tells its registrants, those waiting included.</summary>
    public async Task<EventView> CancelAsync(long id, CancelEventRequest request, CancellationToken ct)
    {
        var scheduled = await catalogue.FindAsync(id, ct);
        var reason = EventRules.Text(request.Reason);
        if (reason is { Length: > 500 })
            throw new RecordValidationException(new Dictionary<string, string[]> { ["reason"] = ["is at most 500 characters"] });
        var now = time.GetUtcNow().UtcDateTime;
        if (scheduled.Status == EventStatus.Cancelled)
            throw new RecordConflictException($"event {id} was cancelled already on {scheduled.CancelledUtc:yyyy-MM-dd}");
        if (scheduled.StartsUtc <= now)
            throw new RecordConflictException($"event {id} started at {scheduled.StartsUtc:yyyy-MM-dd HH:mm} UTC; an event that started is not cancelled");
        scheduled.Status = EventStatus.Cancelled;
        scheduled.CancelledUtc = now;
        scheduled.CancelReason = reason;
        scheduled.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        await notices.CancelledAsync(scheduled, ct);
        return await catalogue.ShowAsync(id, ct);
    }

    // The field rules, a start still ahead when the time is new, and a course that exists; its id.
    private async Task<long?> ValidateAsync(EventRequest request, DateTime now, bool newTime, CancellationToken ct)
    {
        var errors = EventRules.Check(request);
        if (newTime && request.StartsUtc is { } starts && EventRules.Utc(starts) <= now)
            errors.TryAdd("startsUtc", ["is in the past: an event is scheduled ahead"]);
        long? courseId = null;
        if (request.Course is not null && !errors.ContainsKey("course"))
        {
            courseId = await db.Courses.Where(c => c.Key == request.Course).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
            if (courseId is null)
                errors["course"] = [$"there is no course '{request.Course}'"];
        }
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
        return courseId;
    }

    private static void Apply(TrainingEvent target, EventRequest request, long? courseId, DateTime now)
    {
        target.Title = request.Title!.Trim();
        target.Kind = request.Kind!;
        target.Audience = request.Audience!;
        target.StartsUtc = EventRules.Utc(request.StartsUtc!.Value);
        target.EndsUtc = EventRules.Utc(request.EndsUtc!.Value);
        target.Place = EventRules.Text(request.Place);
        target.OnlineLink = EventRules.Text(request.OnlineLink);
        target.Capacity = request.Capacity;
        target.CourseId = courseId;
        target.Description = EventRules.Text(request.Description);
        target.UpdatedUtc = now;
    }
}
