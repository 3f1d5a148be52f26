using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Interactions;

/// <summary>
/// Calls, e-mails, visits, chats and meetings with a customer or a lead; a caller sees those with the customers or leads
/// it sees. The author is the caller. A lead's conversion gives its interactions the customer and keeps the lead.
/// Logging one may complete an open task and schedule the next follow-up (<see cref="FollowUps"/>).
/// </summary>
public sealed class InteractionKindDefinition : RecordKind<Interaction, InteractionRecord>
{
    public override string Name => "interaction";
    public override string Route => "interactions";
    public override long IdOf(InteractionRecord record) => record.Id;
    public override long VersionOf(InteractionRecord record) => record.Version;

    public override InteractionRecord ToRecord(Interaction i) =>
        new(i.Id, i.CustomerId, i.DealId, i.Kind, i.OccurredUtc, i.AuthorId, i.Notes, i.TaskId, i.NextFollowUpUtc, i.CreatedUtc, i.UpdatedUtc, i.Version) { LeadId = i.LeadId };

    public override void Apply(InteractionRecord r, Interaction i)
    {
        (i.CustomerId, i.LeadId, i.DealId, i.Kind, i.OccurredUtc, i.AuthorId, i.Notes) = (r.CustomerId, r.LeadId, r.DealId, r.Kind, r.OccurredUtc, r.AuthorId, r.Notes);
        (i.TaskId, i.NextFollowUpUtc) = (r.TaskId, r.NextFollowUpUtc);
    }

    public override InteractionRecord Normalize(InteractionRecord input, InteractionRecord? existing, ActingUser user, FieldErrors errors)
    {
        if (!Enum.IsDefined(input.Kind))
            errors.Add("kind", "is not call, email, visit, chat or meeting");
        if (input.CustomerId is null && input.LeadId is null)
            errors.Add("customerId", "is required, unless the interaction is with a lead (leadId)");
        if (input.OccurredUtc == default)
            errors.Add("occurredUtc", "is required");
        var (taskId, nextFollowUp) = FollowUps.Normalize(input, existing, errors);
        return input with
        {
            Notes = FieldRules.Text(input.Notes, "notes", 10_000, errors) ?? "",
            OccurredUtc = DateTime.SpecifyKind(input.OccurredUtc, DateTimeKind.Utc),
            AuthorId = existing?.AuthorId ?? user.UserId ?? input.AuthorId,
            TaskId = taskId,
            NextFollowUpUtc = nextFollowUp,
        };
    }

    public override async Task<InteractionRecord> CheckAsync(InteractionRecord record, InteractionRecord? existing, ActingUser user, RecordContext context, FieldErrors errors, CancellationToken ct)
    {
        var db = context.Db;
        FieldRules.NotInFuture(record.OccurredUtc, existing?.OccurredUtc, context.NowUtc, "occurredUtc", errors);
        await RecordRules.AttachableAsync(CoreRecords.Customers, record.CustomerId, existing?.CustomerId, "customerId", db, user, errors, ct);
        await RecordRules.AttachableAsync(CoreRecords.Leads, record.LeadId, existing?.LeadId, "leadId", db, user, errors, ct);
        await RecordRules.AttachableAsync(CoreRecords.Deals, record.DealId, existing?.DealId, "dealId", db, user, errors, ct);
        await FieldRules.ExistsAsync(db.Users, record.AuthorId, "authorId", errors, ct);
        if (existing is null)
            await FollowUps.CheckAsync(record, user, db, errors, ct);
        return record;
    }

    public override Task AfterCreateAsync(InteractionRecord stored, ActingUser user, RecordReader reader, RecordWriter writer, CancellationToken ct) =>
        FollowUps.RunAsync(stored, user, reader, writer, ct);

    public override bool ReadsAll(ActingUser user) => user.Role == CrmRole.Admin;

    public override IQueryable<Interaction> Visible(IQueryable<Interaction> rows, CrmDbContext db, ActingUser user)
    {
        var customers = RecordRules.VisibleTo(db.Customers.IgnoreQueryFilters(), db, "customer", user).Select(c => (long?)c.Id);
        var leads = RecordRules.VisibleTo(db.Leads.IgnoreQueryFilters(), db, "lead", user).Select(l => (long?)l.Id);
        return rows.Where(i => user.Role == CrmRole.Admin || customers.Contains(i.CustomerId) || leads.Contains(i.LeadId));
    }

    public override IQueryable<Interaction> Changeable(IQueryable<Interaction> rows, CrmDbContext db, ActingUser user)
    {
        var customers = RecordRules.VisibleByOwner(db.Customers.IgnoreQueryFilters(), user).Select(c => (long?)c.Id);
        var leads = RecordRules.VisibleByOwner(db.Leads.IgnoreQueryFilters(), user).Select(l => (long?)l.Id);
        return rows.Where(i => user.Role == CrmRole.Admin || customers.Contains(i.CustomerId) || leads.Contains(i.LeadId));
    }

    public override IReadOnlyDictionary<string, Func<IQueryable<Interaction>, CrmDbContext, string, IQueryable<Interaction>>> Filters { get; } =
        new Dictionary<string, Func<IQueryable<Interaction>, CrmDbContext, string, IQueryable<Interaction>>>
        {
            ["customerId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(i => i.CustomerId == id); },
            ["leadId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(i => i.LeadId == id); },
            ["dealId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(i => i.DealId == id); },
            ["kind"] = (rows, _, v) => { var kind = Api.Filters.Enum<InteractionKind>(v); return rows.Where(i => i.Kind == kind); },
            ["authorId"] = (rows, _, v) => { var id = Api.Filters.Id(v); return rows.Where(i => i.AuthorId == id); },
        };

    public override IReadOnlyDictionary<string, Expression<Func<Interaction, object?>>> Sorts { get; } =
        new Dictionary<string, Expression<Func<Interaction, object?>>> { ["occurredUtc"] = i => i.OccurredUtc };
}
