using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Access;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Reps;

/// <summary><c>/reps</c>: each rep's weight, cap and absence as the rotations use them; managers and admins change them.</summary>
public static class RepsEndpoints
{
    public sealed record RepView(long UserId, string Name, long? TeamId, bool Active, int Weight, int? Cap, DateTime? AbsentUntilUtc);

    public sealed record RepInput(int? Weight, int? Cap, DateTime? AbsentUntilUtc);

    public static void MapReps(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reps", async (AssignmentDbContext db, ICrmDirectory directory, CancellationToken ct) =>
        {
            var availability = await db.Reps.AsNoTracking().ToDictionaryAsync(r => r.UserId, ct);
            return (await directory.UsersAsync(ct)).Where(u => u.Role == CrmRole.Rep).Select(u =>
            {
                var a = availability.GetValueOrDefault(u.Id) ?? new RepAvailability();
                return new RepView(u.Id, u.Name, u.TeamId, u.Active, a.Weight, a.Cap, a.AbsentUntilUtc);
            });
        });

        api.MapPut("/reps/{userId:long}", async (long userId, RepInput input, HttpContext http, AssignmentDbContext db, ICrmDirectory directory, CancellationToken ct) =>
        {
            if (!http.User.ToActingUser().IsManagerOrAdmin())
                return Problems.Forbidden("only managers and admins set weights, caps and absences");
            if ((await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == userId) is not { } user)
                return Problems.NotFound($"there is no user {userId}");
            var errors = new Dictionary<string, string[]>();
            if (input.Weight is < 1 or > 100)
                errors["weight"] = ["must be between 1 and 100"];
            if (input.Cap is < 0 or > 100_000)
                errors["cap"] = ["must be between 0 and 100000 open leads, or null for no cap"];
            if (input.AbsentUntilUtc is { Kind: DateTimeKind.Local })
                errors["absentUntilUtc"] = ["must be UTC (end it with Z)"];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);

            var rep = await db.Reps.FindAsync([userId], ct);
            if (rep is null)
                db.Reps.Add(rep = new RepAvailability { UserId = userId });
            rep.Weight = input.Weight ?? 1;
            rep.Cap = input.Cap;
            rep.AbsentUntilUtc = input.AbsentUntilUtc is { } until ? DateTime.SpecifyKind(until, DateTimeKind.Utc) : null;
            await db.SaveChangesAsync(ct);
            return Results.Ok(new RepView(user.Id, user.Name, user.TeamId, user.Active, rep.Weight, rep.Cap, rep.AbsentUntilUtc));
        });
    }
}
