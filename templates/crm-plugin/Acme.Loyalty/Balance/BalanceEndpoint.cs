using System.Security.Claims;
using Acme.Loyalty.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Access;

namespace Acme.Loyalty.Balance;

public static class BalanceEndpoint
{
    /// <summary><c>GET /customers/{customerId}</c>: for whoever may read the customer; anyone else is answered 404, as for a customer that does not exist.</summary>
    public static void MapBalance(this IEndpointRouteBuilder api) =>
        api.MapGet("/customers/{customerId:long}", async (long customerId, ClaimsPrincipal principal, IRecordAccess access, LoyaltyDbContext db, CancellationToken ct) =>
        {
            await access.DemandAsync(principal.ToActingUser(), AccessRight.Read, new RecordRef(RecordTypes.Customer, customerId), ct);
            var orders = await db.Awards.CountAsync(a => a.CustomerId == customerId, ct);
            return Results.Ok(new CustomerBalance(customerId, await db.PointsOfAsync(customerId, ct), orders));
        });
}
