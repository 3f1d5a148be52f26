using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// <c>POST /assign</c> <c>{ "recordType": "lead"|"customer", "ids": [...] }</c>: managers and admins run the saved rules
/// over existing records they may change; each gets its owner through the core records, with the decision in the audit.
/// </summary>
public static class AssignOnDemandEndpoint
{
    public sealed record AssignRequest(string? RecordType, List<long>? Ids);

    public sealed record AssignRow(long Id, string Action, long? OwnerId, string? Rule);

    public static void MapAssignOnDemand(this IEndpointRouteBuilder api) =>
        api.MapPost("/assign", async (AssignRequest request, HttpContext http, AssignmentEngine engine, OwnerWriter writer, ICrmRecords records,
            DecisionLog log, LeadAssignmentDbContext db, IRecordAccess access, CancellationToken ct) =>
        {
            var user = http.User.ToActingUser();
            var errors = new Dictionary<string, string[]>();
            if (request.RecordType is not ("lead" or "customer"))
                errors["recordType"] = ["must be lead or customer"];
            if (request.Ids is not { Count: > 0 and <= 1000 })
                errors["ids"] = ["give between 1 and 1000 ids"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);
            // Every record first, so that one the caller may not change stops the batch before any is written: the host
            // words the refusal (404 for a record it may not see, 403 for one it sees in the pool but may not change).
            var changeable = await access.FilterAsync(user, AccessRight.Change, request.RecordType!, request.Ids!, ct);
            foreach (var refused in request.Ids!.Where(id => !changeable.Contains(id)).Take(1))
                await access.DemandAsync(user, AccessRight.Change, new RecordRef(request.RecordType!, refused), ct);

            var rows = new List<AssignRow>();
            foreach (var id in request.Ids!)
            {
                var prospect = await ProspectAsync(records, request.RecordType!, id, ct);
                if (prospect is null)
                    return CrmProblems.NotFound($"there is no {request.RecordType} {id}");
                var outcome = await engine.DecideAsync(prospect, excluded: null, ct);
                var current = await writer.OwnerOfAsync(prospect.RecordType, id, ct);
                if (outcome.OwnerId != current?.Owner)
                    // The system writes the owner (a manager's own writes are held to its team); the audit names the manager.
                    await writer.SetOwnerAsync(new OwnershipChange(outcome.Action, prospect.RecordType, id, outcome.OwnerId, new DayText("assigned on demand"), outcome),
                        outcome.TeamId, ActingUser.System with { Name = user.Name }, ct);
                else
                {
                    log.Add(prospect.RecordType, id, outcome.Action, user, current?.Owner, outcome.OwnerId, outcome.TeamId, outcome, "assigned on demand: unchanged");
                    await db.SaveChangesAsync(ct);
                }
                rows.Add(new AssignRow(id, outcome.Action, outcome.OwnerId, outcome.Rule?.Name));
            }
            return TypedResults.Ok(rows);
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin).Produces<List<AssignRow>>();

    private static async Task<Prospect?> ProspectAsync(ICrmRecords records, string type, long id, CancellationToken ct)
    {
        if (type == "lead")
            return await records.FindAsync<LeadRecord>(id, ct) is { } lead ? Prospect.From(lead) : null;
        if (await records.FindAsync<CustomerRecord>(id, ct) is not { } customer)
            return null;
        var industry = customer.CompanyId is { } company ? (await records.FindAsync<CompanyRecord>(company, ct))?.Industry : null;
        return Prospect.From(customer, industry);
    }
}
