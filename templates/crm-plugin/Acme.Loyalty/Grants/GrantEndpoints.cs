using System.Security.Claims;
using Acme.Loyalty.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace Acme.Loyalty.Grants;

public static class GrantEndpoints
{
    public const long MostPoints = 10_000;

    /// <summary>
    /// <c>POST /grants</c> gives points by hand to a customer the user may change; <c>GET /grants</c> lists the latest
    /// grants to customers the user may read. Who may is the host's answer (<see cref="IRecordAccess"/>).
    /// </summary>
    public static void MapGrants(this IEndpointRouteBuilder api)
    {
        api.MapPost("/grants", async (GrantPoints grant, ClaimsPrincipal principal, IRecordAccess access, LoyaltyDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (grant.CustomerId is null)
                errors["customerId"] = ["is required"];
            if (grant.Points is not (>= 1 and <= MostPoints))
                errors["points"] = [$"must be from 1 to {MostPoints}"];
            if (string.IsNullOrWhiteSpace(grant.Reason) || grant.Reason.Length > 200)
                errors["reason"] = ["is required, at most 200 characters"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);

            var user = principal.ToActingUser();
            await access.DemandAsync(user, AccessRight.Change, new RecordRef(RecordTypes.Customer, grant.CustomerId!.Value), ct);
            var row = new PointsGrant
            {
                CustomerId = grant.CustomerId.Value, Points = grant.Points!.Value, Reason = grant.Reason!.Trim(), GrantedBy = user.UserId,
                GrantedUtc = time.GetUtcNow().UtcDateTime,
            };
            db.Grants.Add(row);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/loyalty/grants/{row.Id}", row);
        });

        api.MapGet("/grants", async (ClaimsPrincipal principal, IRecordAccess access, LoyaltyDbContext db, CancellationToken ct) =>
        {
            var latest = await db.Grants.AsNoTracking().OrderByDescending(g => g.Id).Take(500).ToListAsync(ct);
            var readable = await access.FilterAsync(principal.ToActingUser(), AccessRight.Read, RecordTypes.Customer, latest.Select(g => g.CustomerId).Distinct(), ct);
            return latest.Where(g => readable.Contains(g.CustomerId)).Take(100).ToList();
        });
    }
}
