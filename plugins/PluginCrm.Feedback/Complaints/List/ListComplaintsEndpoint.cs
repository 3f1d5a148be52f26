using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints.Access;
using PluginCrm.Feedback.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Feedback.Complaints.List;

public static class ListComplaintsEndpoint
{
    /// <summary><c>GET /?status&amp;priority&amp;ownerId&amp;customerId&amp;category&amp;overdue=true&amp;q&amp;sort=receivedUtc|-receivedUtc&amp;page&amp;pageSize</c>.</summary>
    public static void MapListComplaints(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/", async ([AsParameters] ComplaintFilter filter, string? sort, int? page, int? pageSize,
            ClaimsPrincipal principal, ComplaintAccess access, FeedbackDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var rows = filter.Apply(await access.ListedAsync(db.Complaints.AsNoTracking(), principal.ToActingUser(), ct), time.GetUtcNow().UtcDateTime, errors);
            if (sort is not (null or "receivedUtc" or "-receivedUtc"))
                errors["sort"] = [$"'{sort}' is not receivedUtc or -receivedUtc"];
            if (page is < 1)
                errors["page"] = ["must be 1 or more"];
            if (pageSize is < 1 or > 500)
                errors["pageSize"] = ["must be from 1 to 500"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);

            var (number, size) = (page ?? 1, pageSize ?? 50);
            var total = await rows.CountAsync(ct);
            var ordered = sort == "receivedUtc" ? rows.OrderBy(c => c.ReceivedUtc).ThenBy(c => c.Id) : rows.OrderByDescending(c => c.ReceivedUtc).ThenByDescending(c => c.Id);
            var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
            return TypedResults.Ok(new ComplaintPage(items.Select(c => c.ToRecord()).ToList(), number, size, total));
        }).Produces<ComplaintPage>();
}
