using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Events.Schedule;

/// <summary>Events as everyone signed in reads them: the calendar between two times, and one event with its counts.</summary>
public sealed class EventCatalogue(TrainingDbContext db, TimeProvider time)
{
    /// <summary>The event, tracked; 404 when there is none.</summary>
    public async Task<TrainingEvent> FindAsync(long id, CancellationToken ct) =>
        await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new RecordNotFoundException($"there is no event {id}");

    public async Task<EventView> ShowAsync(long id, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new RecordNotFoundException($"there is no event {id}");
        return (await ViewsAsync([found], ct))[0];
    }

    public async Task<EventPage> ListAsync(EventFilter filter, CancellationToken ct)
    {
        var from = EventRules.Utc(filter.From ?? time.GetUtcNow().UtcDateTime);
        var to = filter.To is { } end ? EventRules.Utc(end) : (DateTime?)null;
        var errors = new Dictionary<string, string[]>();
        if (to < from)
            errors["to"] = ["is before from"];
        if (filter.Audience is not null && !Audiences.All.Contains(filter.Audience))
            errors["audience"] = [$"'{filter.Audience}' is not one of {string.Join(", ", Audiences.All)}"];
        if (filter.Kind is not null && !EventKinds.All.Contains(filter.Kind))
            errors["kind"] = [$"'{filter.Kind}' is not one of {string.Join(", ", EventKinds.All)}"];
        if (filter.Status is not null and not (EventStatus.Scheduled or EventStatus.Cancelled))
            errors["status"] = [$"'{filter.Status}' is not one of {EventStatus.Scheduled}, {EventStatus.Cancelled}"];
        if (filter.Page < 1)
            errors["page"] = ["must be 1 or more"];
        if (filter.PageSize is < 1 or > 500)
            errors["pageSize"] = ["must be between 1 and 500"];
        if (errors.Count > 0)
            throw new RecordValidationException(errors);

        var rows = db.Events.AsNoTracking().Where(e => e.EndsUtc >= from);
        if (to is not null)
            rows = rows.Where(e => e.StartsUtc <= to);
        if (filter.Audience is not null)
            rows = rows.Where(e => e.Audience == filter.Audience);
        if (filter.Kind is not null)
            rows = rows.Where(e => e.Kind == filter.Kind);
        if (filter.Status is not null)
            rows = rows.Where(e => e.Status == filter.Status);
        var total = await rows.CountAsync(ct);
        var events = await rows.OrderBy(e => e.StartsUtc).ThenBy(e => e.Id).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        return new EventPage(await ViewsAsync(events, ct), total, filter.Page, filter.PageSize);
    }

    private async Task<List<EventView>> ViewsAsync(IReadOnlyList<TrainingEvent> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.Id).ToList();
        var counts = (await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.EventId) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.EventId, r.Status, r.Attendance }).Select(g => new { g.Key.EventId, g.Key.Status, g.Key.Attendance, Count = g.Count() })
            .ToListAsync(ct)).ToLookup(c => c.EventId);
        var courseIds = events.Where(e => e.CourseId != null).Select(e => e.CourseId!.Value).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Key, ct);
        return events.Select(e =>
        {
            var of = counts[e.Id].ToList();
            int Count(string status, string? attendance = null) => of.Where(c => c.Status == status && (attendance is null || c.Attendance == attendance)).Sum(c => c.Count);
            var registered = Count(RegistrationStatus.Confirmed);
            return new EventView(e.Id, e.Title, e.Kind, e.Audience, e.StartsUtc, e.EndsUtc, e.Place, e.OnlineLink, e.Capacity,
                e.CourseId is { } course ? courses.GetValueOrDefault(course) : null, e.Description, e.Status, e.CancelledUtc, e.CancelReason,
                registered, Count(RegistrationStatus.Waiting), Count(RegistrationStatus.Confirmed, AttendanceMarks.Attended),
                Count(RegistrationStatus.Confirmed, AttendanceMarks.NoShow), e.Capacity is { } seats ? Math.Max(0, seats - registered) : null,
                e.CreatedUtc, e.UpdatedUtc);
        }).ToList();
    }
}
