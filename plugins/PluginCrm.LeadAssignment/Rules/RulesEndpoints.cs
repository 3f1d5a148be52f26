using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Rules;

/// <summary><c>/rules</c>: everyone reads the rules (they are the allocation policy); admins change them.</summary>
public static class RulesEndpoints
{
    public static void MapRules(this IEndpointRouteBuilder api)
    {
        api.MapGet("/rules", async (LeadAssignmentDbContext db, CancellationToken ct) =>
            (await db.Rules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct)).Select(RuleView.From));

        api.MapPost("/rules", async (RuleInput input, LeadAssignmentDbContext db, ICrmDirectory directory, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var rule = RuleValidation.Validate(input, await db.Rules.CountAsync(ct), await directory.UsersAsync(ct), await directory.TeamsAsync(ct), errors);
            if (rule is null)
                return CrmProblems.Invalid(errors);
            db.Rules.Add(rule);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/lead-assignment/rules/{rule.Id}", RuleView.From(rule));
        }).RequireAuthorization(CrmPolicies.Admin).Produces<RuleView>(StatusCodes.Status201Created);

        api.MapPut("/rules/{id:long}", async (long id, RuleInput input, LeadAssignmentDbContext db, ICrmDirectory directory, CancellationToken ct) =>
        {
            if (await db.Rules.FindAsync([id], ct) is not { } existing)
                return CrmProblems.NotFound($"there is no rule {id}");
            var errors = new Dictionary<string, string[]>();
            var rule = RuleValidation.Validate(input, existing.Position, await directory.UsersAsync(ct), await directory.TeamsAsync(ct), errors);
            if (rule is null)
                return CrmProblems.Invalid(errors);
            rule.Id = id;
            db.Entry(existing).CurrentValues.SetValues(rule);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(RuleView.From(existing));
        }).RequireAuthorization(CrmPolicies.Admin).Produces<RuleView>();

        // Through the change tracker, not ExecuteDelete: the context's save gives the config stamp its new value.
        api.MapDelete("/rules/{id:long}", async Task<IResult> (long id, LeadAssignmentDbContext db, CancellationToken ct) =>
        {
            if (await db.Rules.FindAsync([id], ct) is not { } rule)
                return CrmProblems.NotFound($"there is no rule {id}");
            db.Rules.Remove(rule);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(CrmPolicies.Admin).Produces(StatusCodes.Status204NoContent);
    }
}
