using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.LeadAssignment.Reps;

/// <summary>
/// <c>/reps</c>: each rep's weight, cap and absence as the rotations use them, for the reps the caller oversees (a rep
/// itself, a manager its team's, an admin all); managers and admins change them for those reps alone.
/// </summary>
public static class RepsEndpoints
{
    public sealed record RepView(long UserId, string Name, long? TeamId, bool Active, int Weight, int? Cap, DateTime? AbsentUntilUtc);

    public sealed record RepInput(int? Weight, int? Cap, DateTime? AbsentUntilUtc);

    public static void MapReps(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reps", async (HttpContext http, LeadAssignmentDbContext db, ICrmDirectory directory, IRecordAccess access, CancellationToken ct) =>
        {
            var overseen = await access.ScopeAsync(http.User.ToActingUser(), RecordTypes.User, ct);
            var availability = await db.Reps.AsNoTracking().ToDictionaryAsync(r => r.UserId, ct);
            return (await directory.UsersAsync(ct)).Where(u => u.Role == CrmRole.Rep && overseen.Contains(u.Id)).Select(u =>
            {
                var a = availability.GetValueOrDefault(u.Id) ?? new RepAvailability();
                return new RepView(u.Id, u.Name, u.TeamId, u.Active, a.Weight, a.Cap, a.AbsentUntilUtc);
            });
        });

        api.MapPut("/reps/{userId:long}", async (long userId, RepInput input, HttpContext http, LeadAssignmentDbContext db, ICrmDirectory directory,
            IRecordAccess access, CancellationToken ct) =>
        {
            // Another team's rep reads as a user that does not exist (404), before anything about the input is said.
            await access.DemandAsync(http.User.ToActingUser(), AccessRight.Change, new RecordRef(RecordTypes.User, userId), ct);
            var user = (await directory.UsersAsync(ct)).First(u => u.Id == userId);
            var errors = new Dictionary<string, string[]>();
            if (input.Weight is < 1 or > 100)
                errors["weight"] = ["must be between 1 and 100"];
            if (input.Cap is < 0 or > 100_000)
                errors["cap"] = ["must be between 0 and 100000 open leads, or null for no cap"];
            if (input.AbsentUntilUtc is { Kind: DateTimeKind.Local })
                errors["absentUntilUtc"] = ["must be UTC (end it with Z)"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);

            var rep = await db.Reps.FindAsync([userId], ct);
            if (rep is null)
                db.Reps.Add(rep = new RepAvailability { UserId = userId });
            rep.Weight = input.Weight ?? 1;
            rep.Cap = input.Cap;
            rep.AbsentUntilUtc = input.AbsentUntilUtc is { } until ? DateTime.SpecifyKind(until, DateTimeKind.Utc) : null;
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new RepView(user.Id, user.Name, user.TeamId, user.Active, rep.Weight, rep.Cap, rep.AbsentUntilUtc));
        }).RequireAuthorization(CrmPolicies.ManagerOrAdmin).Produces<RepView>();
    }
}
