using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Data;

namespace PluginCrm.Training.Courses.Manage;

/// <summary>
/// Courses as an admin keeps them: saved as a draft, published (a new version when the definition changed since the last
/// one), retired. The API, <c>crm training</c> and the folder import all go through here, so they refuse the same things
/// in the same words.
/// </summary>
public sealed class CourseAdmin(TrainingDbContext db, TimeProvider time)
{
    public async Task<CourseView> CreateAsync(CourseDefinition definition, CancellationToken ct)
    {
        await ValidateAsync(definition, draft: true, ct);
        if (await db.Courses.AnyAsync(c => c.Key == definition.Key, ct))
            throw new RecordConflictException($"there is a course '{definition.Key}' already");
        var now = time.GetUtcNow().UtcDateTime;
        var course = new Course { Key = definition.Key!, CreatedUtc = now };
        Apply(course, definition, now);
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(course.Key, ct);
    }

    /// <summary>Replaces the draft; learners keep the published version until the draft is published.</summary>
    public async Task<CourseView> ReplaceAsync(string key, CourseDefinition definition, CancellationToken ct)
    {
        var course = await FindAsync(key, ct);
        if (definition.Key is not null && definition.Key != course.Key)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["key"] = [$"is '{definition.Key}', but this is course '{course.Key}'; a key does not change"] });
        definition = definition with { Key = course.Key };
        await ValidateAsync(definition, draft: true, ct);
        Apply(course, definition, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(course.Key, ct);
    }

    /// <summary>Opens the course to enrolment with its draft: a new version if the draft changed since the last one.</summary>
    public async Task<CourseView> PublishAsync(string key, CancellationToken ct)
    {
        var course = await FindAsync(key, ct);
        await ValidateAsync(CourseJson.Read(course.Draft), draft: false, ct);
        await PublishAsync(course, ct);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(course.Key, ct);
    }

    /// <summary>Closes the course to new enrolments; its learners go on and finish.</summary>
    public async Task<CourseView> RetireAsync(string key, CancellationToken ct)
    {
        var course = await FindAsync(key, ct);
        if (course.Status != CourseStatus.Published)
            throw new RecordConflictException($"course '{key}' is {course.Status}; only a published course can be retired");
        course.Status = CourseStatus.Retired;
        course.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ShowAsync(course.Key, ct);
    }

    /// <summary>
    /// Saves and publishes a definition in one step, as an import does: created, a new version when it changed, or nothing
    /// at all when it is what was last published.
    /// </summary>
    public async Task<(CourseView Course, string Outcome)> SaveAndPublishAsync(CourseDefinition definition, CancellationToken ct)
    {
        await ValidateAsync(definition, draft: false, ct);
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Key == definition.Key, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (course is null)
        {
            course = new Course { Key = definition.Key!, CreatedUtc = now };
            db.Courses.Add(course);
            await db.SaveChangesAsync(ct);
        }
        var before = course.CurrentVersion;
        if (course.Draft != CourseJson.Write(definition))
            Apply(course, definition, now);
        var changed = await PublishAsync(course, ct);
        await db.SaveChangesAsync(ct);
        var outcome = before == 0 ? "created" : course.CurrentVersion != before ? $"version {course.CurrentVersion}" : changed ? "published" : "unchanged";
        return (await ShowAsync(course.Key, ct), outcome);
    }

    public async Task<IReadOnlyList<CourseView>> ListAsync(CancellationToken ct)
    {
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Title).ThenBy(c => c.Key).ToListAsync(ct);
        var versions = (await db.CourseVersions.AsNoTracking().Select(v => new { v.CourseId, v.Number, v.PublishedUtc }).ToListAsync(ct))
            .ToLookup(v => v.CourseId, v => new CourseVersionView(v.Number, v.PublishedUtc));
        var counts = (await db.Enrolments.AsNoTracking().GroupBy(e => e.CourseId)
            .Select(g => new { CourseId = g.Key, Enrolled = g.Count(), Completed = g.Count(e => e.CompletedUtc != null) }).ToListAsync(ct))
            .ToDictionary(c => c.CourseId);
        return courses.Select(c => View(c, versions[c.Id].OrderBy(v => v.Number).ToList(),
            counts.GetValueOrDefault(c.Id)?.Enrolled ?? 0, counts.GetValueOrDefault(c.Id)?.Completed ?? 0)).ToList();
    }

    public async Task<CourseView> ShowAsync(string key, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().Where(ByKeyOrId(key)).SingleOrDefaultAsync(ct) ?? throw NotFound(key);
        var versions = await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == course.Id).OrderBy(v => v.Number)
            .Select(v => new CourseVersionView(v.Number, v.PublishedUtc)).ToListAsync(ct);
        var enrolled = await db.Enrolments.CountAsync(e => e.CourseId == course.Id, ct);
        var completed = await db.Enrolments.CountAsync(e => e.CourseId == course.Id && e.CompletedUtc != null, ct);
        return View(course, versions, enrolled, completed);
    }

    /// <summary>The course by key (or by id: the console's screens open records by id), tracked; 404 when there is none.</summary>
    public async Task<Course> FindAsync(string key, CancellationToken ct) =>
        await db.Courses.Where(ByKeyOrId(key)).SingleOrDefaultAsync(ct) ?? throw NotFound(key);

    // A key starts with a letter, so digits alone are an id.
    private static System.Linq.Expressions.Expression<Func<Course, bool>> ByKeyOrId(string key) =>
        long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? c => c.Id == id : c => c.Key == key;

    /// <summary>A published version of a course, as its learners see it.</summary>
    public async Task<CourseDefinition> VersionAsync(long courseId, int number, CancellationToken ct) =>
        CourseJson.Read(await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == courseId && v.Number == number)
            .Select(v => v.Definition).SingleAsync(ct));

    private static RecordNotFoundException NotFound(string key) => new($"there is no course '{key}'");

    private async Task<bool> PublishAsync(Course course, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var latest = await db.CourseVersions.Where(v => v.CourseId == course.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var changed = course.Status != CourseStatus.Published;
        if (latest is null || latest.Definition != course.Draft)
        {
            course.CurrentVersion = (latest?.Number ?? 0) + 1;
            db.CourseVersions.Add(new CourseVersion { CourseId = course.Id, Number = course.CurrentVersion, Definition = course.Draft, PublishedUtc = now });
            changed = true;
        }
        if (changed)
        {
            course.Status = CourseStatus.Published;
            course.UpdatedUtc = now;
        }
        return changed;
    }

    // Prerequisites must be courses that exist, and must not lead back to this course.
    private async Task ValidateAsync(CourseDefinition definition, bool draft, CancellationToken ct)
    {
        var errors = CourseRules.Check(definition, draft);
        var prerequisites = definition.Prerequisites ?? [];
        if (errors.Count == 0 && prerequisites.Count > 0)
        {
            var drafts = await db.Courses.AsNoTracking().Where(c => c.Key != definition.Key).ToDictionaryAsync(c => c.Key, c => c.Draft, ct);
            for (var p = 0; p < prerequisites.Count; p++)
            {
                if (!drafts.ContainsKey(prerequisites[p]))
                    errors.TryAdd($"prerequisites[{p}]", [$"there is no course '{prerequisites[p]}'"]);
                else if (LeadsTo(prerequisites[p], definition.Key!, drafts))
                    errors.TryAdd($"prerequisites[{p}]", [$"'{prerequisites[p]}' itself requires '{definition.Key}', which would make a circle"]);
            }
        }
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
    }

    private static bool LeadsTo(string from, string target, IReadOnlyDictionary<string, string> drafts)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var key))
        {
            if (key == target)
                return true;
            if (seen.Add(key) && drafts.TryGetValue(key, out var draft))
                foreach (var prerequisite in CourseJson.Read(draft).Prerequisites ?? [])
                    next.Push(prerequisite);
        }
        return false;
    }

    private static CourseView View(Course course, IReadOnlyList<CourseVersionView> versions, int enrolled, int completed)
    {
        var draft = CourseJson.Read(course.Draft);
        return new CourseView(course.Id, course.Key, course.Title, course.Audience, course.Status, course.CurrentVersion,
            draft.Lessons?.Count ?? 0, draft, versions, enrolled, completed, course.CreatedUtc, course.UpdatedUtc);
    }

    private static void Apply(Course course, CourseDefinition definition, DateTime now)
    {
        course.Title = definition.Title!.Trim();
        course.Audience = definition.Audience!;
        course.Draft = CourseJson.Write(definition);
        course.UpdatedUtc = now;
    }
}
