using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Rules;

/// <summary>
/// <c>POST /rules/dry-run</c>: where the given leads would go under a draft rule set (or the saved one), in order, as
/// if assigned one after another; nothing is stored and no rotation moves. Managers and admins, over the leads they read.
/// </summary>
public static class DryRunEndpoint
{
    public sealed record DryRunRequest(List<RuleInput>? Rules, List<long>? LeadIds);

    public sealed record DryRunRow(long LeadId, string Action, long? OwnerId, long? TeamId, string? Rule, DecisionExplanation Explanation);

    public static void MapDryRun(this IEndpointRouteBuilder api) =>
        api.MapPost("/rules/dry-run", async (DryRunRequest request, HttpContext http, LeadAssignmentDbContext db, AssignmentEngine engine,
            ICrmRecords records, ICrmDirectory directory, CancellationToken ct) =>
        {
            var user = http.User.ToActingUser();
            var errors = new Dictionary<string, string[]>();
            List<AssignmentRule> rules;
            if (request.Rules is null)
                rules = await db.Rules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
            else
            {
                var (users, teams) = (await directory.UsersAsync(ct), await directory.TeamsAsync(ct));
                var drafts = request.Rules.Select((input, i) => RuleValidation.Validate(input, i, users, teams, errors, $"rules[{i}].")).ToList();
                rules = drafts.OfType<AssignmentRule>().Where(r => r.Enabled).OrderBy(r => r.Position).ToList();
            }
            if (request.LeadIds is not { Count: > 0 and <= 10_000 })
                errors["leadIds"] = ["give between 1 and 10000 lead ids"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);

            var run = new DryRun();
            var rows = new List<DryRunRow>();
            foreach (var id in request.LeadIds!)
            {
                // Read as the caller: the explanation quotes the lead's fields, so another team's lead is as if missing.
                if (await records.FindAsync<LeadRecord>(id, user, ct) is not { } lead)
                    return CrmProblems.NotFound($"there is no lead {id}");
                var outcome = await engine.DecideAsync(Prospect.From(lead), rules, excluded: null, run, ct);
                rows.Add(new DryRunRow(id, outcome.Action, outcome.OwnerId, outcome.TeamId, outcome.Rule?.Name, outcome.Explanation));
            }
            return TypedResults.Ok(rows);
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin).Produces<List<DryRunRow>>();
}
