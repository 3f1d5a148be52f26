using System.Linq.Expressions;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tasks;

/// <summary>
/// Tasks (跟进): owned like a deal, by their assignee, so seen and changed by the assignee, its team's manager and admins.
/// A task may be about any record <see cref="IRecordAccess"/> knows (<c>customer:42</c>, a plugin's <c>complaint:7</c>),
/// which takes the right to change that record.
/// </summary>
public sealed class TaskKindDefinition : RecordKind<CrmTask, TaskRecord>
{
    public override string Name => "task";
    public override string Route => "tasks";
    public override long IdOf(TaskRecord record) => record.Id;
    public override long VersionOf(TaskRecord record) => record.Version;

    public override TaskRecord ToRecord(CrmTask t) =>
        new(t.Id, t.Subject, t.Notes, t.DueUtc, t.OwnerId, t.TeamId, t.Priority, t.Done, t.DoneUtc, t.RelatedTo, t.CreatedUtc, t.UpdatedUtc, t.Version);

    public override void Apply(TaskRecord r, CrmTask t)
    {
        (t.Subject, t.Notes, t.DueUtc, t.OwnerId, t.TeamId) = (r.Subject, r.Notes, r.DueUtc, r.AssigneeId, r.TeamId);
        (t.Priority, t.Done, t.DoneUtc, t.RelatedTo) = (r.Priority, r.Done, r.DoneUtc, r.RelatedTo);
    }

    public override TaskRecord Normalize(TaskRecord input, TaskRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (input.DueUtc == default)
            errors.Add("dueUtc", "is required");
        if (!Enum.IsDefined(input.Priority))
            errors.Add("priority", "is not low, normal or high");
        var related = FieldRules.Text(input.RelatedTo, "relatedTo", 80, errors);
        if (related is not null)
        {
            if (RecordRef.TryParse(related, out var record))
                related = record.ToString();
            else
                errors.Add("relatedTo", $"'{related}' does not name a record as type:id, such as customer:42");
        }
        return input with
        {
            Subject = FieldRules.Text(input.Subject, "subject", 300, errors, required: true)!,
            Notes = FieldRules.Text(input.Notes, "notes", 10_000, errors),
            DueUtc = DateTime.SpecifyKind(input.DueUtc, DateTimeKind.Utc),
            RelatedTo = related,
            // A task is the caller's unless it says whose: the ownership rules below decide whether it may say so.
            AssigneeId = existing is null ? input.AssigneeId ?? user.UserId : input.AssigneeId,
        };
    }

    public override async Task<TaskRecord> CheckAsync(TaskRecord record, TaskRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct)
    {
        var (assignee, team) = await RecordRules.OwnershipAsync(record.AssigneeId, record.TeamId, existing is null ? null : (existing.AssigneeId, existing.TeamId),
            user, context.Db, errors, "assigneeId", ct);
        if (record.RelatedTo is { } related && related != existing?.RelatedTo && RecordRef.TryParse(related, out var about)
            && !await context.Access.AllowsAsync(user, AccessRight.Change, about, ct))
            errors.Add("relatedTo", await context.Access.AllowsAsync(user, AccessRight.Read, about, ct)
                ? $"you may see {about.Type} {about.Id} but not change it, so no task can be about it"
                : $"there is no {about.Type} {about.Id}");
        var doneUtc = !record.Done ? null : existing is { Done: true } ? existing.DoneUtc : context.NowUtc;
        return record with { AssigneeId = assignee, TeamId = team, DoneUtc = doneUtc };
    }

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<CrmTask> Visible(IQueryable<CrmTask> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleByOwner(rows, user);

    public override IQueryable<CrmTask> Changeable(IQueryable<CrmTask> rows, CrmDbContext db, ActingUser user) => RecordRules.VisibleByOwner(rows, user);

    public override IReadOnlyDictionary<string, Func<IQueryable<CrmTask>, CrmDbContext, string, IQueryable<CrmTask>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<CrmTask>, CrmDbContext, string, IQueryable<CrmTask>>>
        {
            ["q"] = (rows, _, v) => rows.Where(t => t.Subject.Contains(v) || (t.Notes != null && t.Notes.Contains(v))),
            ["assigneeId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(t => t.OwnerId == id); },
            ["teamId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(t => t.TeamId == id); },
            ["done"] = (rows, _, v) => { var done = Api.Filters.Bool(v); return rows.Where(t => t.Done == done); },
            ["dueFrom"] = (rows, _, v) => { var from = Api.Filters.Date(v); return rows.Where(t => t.DueUtc >= from); },
            ["dueTo"] = (rows, _, v) => { var to = Api.Filters.Date(v); return rows.Where(t => t.DueUtc < to); },
            ["relatedTo"] = (rows, _, v) => { var record = Api.Filters.Record(v); return rows.Where(t => t.RelatedTo == record); },
        };

    /// <summary>The filters with <c>overdue=true</c> (open and due before now) and <c>overdue=false</c>.</summary>
    public override IReadOnlyDictionary<string, Func<IQueryable<CrmTask>, CrmDbContext, string, IQueryable<CrmTask>>> FiltersAt(DateTime nowUtc) =>
        new Dictionary<string, Func<IQueryable<CrmTask>, CrmDbContext, string, IQueryable<CrmTask>>>(Filters)
        {
            ["overdue"] = (rows, _, v) => Api.Filters.Bool(v) ? rows.Where(t => !t.Done && t.DueUtc < nowUtc) : rows.Where(t => t.Done || t.DueUtc >= nowUtc),
        };

    public override IReadOnlyDictionary<string, Expression<Func<CrmTask, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<CrmTask, object?>>>
        {
            ["dueUtc"] = t => t.DueUtc,
            // Stored by name: sorted by rank, low to high.
            ["priority"] = t => t.Priority == TaskPriority.High ? 2 : t.Priority == TaskPriority.Normal ? 1 : 0,
            ["createdUtc"] = t => t.CreatedUtc,
            ["subject"] = t => t.Subject,
        };
}
