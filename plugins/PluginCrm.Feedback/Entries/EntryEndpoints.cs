using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Feedback.Entries;

/// <summary><c>/entries</c> (suggestions, reviews, comments) and <c>/categories</c> (which categories grow).</summary>
public static class EntryEndpoints
{
    public static void MapEntries(this IEndpointRouteBuilder api)
    {
        api.MapPost("/entries", async (EntryRequest request, ClaimsPrincipal user, FeedbackEntries entries, CancellationToken ct) =>
        {
            var entry = await entries.AddAsync(request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/feedback/entries/{entry.Id}", entry);
        });
        api.MapGet("/entries", async (string? kind, string? category, string? sentiment, long? customerId, int? page, int? pageSize,
            ClaimsPrincipal user, FeedbackEntries entries, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (kind is not null && !FeedbackEntries.Kinds.Contains(kind))
                errors["kind"] = [$"'{kind}' is not one of {string.Join(", ", FeedbackEntries.Kinds)}"];
            if (sentiment is not null and not ("negative" or "neutral" or "positive"))
                errors["sentiment"] = [$"'{sentiment}' is not one of negative, neutral, positive"];
            if (page is < 1)
                errors["page"] = ["must be 1 or more"];
            if (pageSize is < 1 or > 500)
                errors["pageSize"] = ["must be between 1 and 500"];
            if (errors.Count > 0)
                return CrmProblems.Invalid(errors);
            var (items, total) = await entries.ListAsync(kind, category, sentiment, customerId, page ?? 1, pageSize ?? 50, user.ToActingUser(), ct);
            return TypedResults.Ok(new EntryPage(items, page ?? 1, pageSize ?? 50, total));
        }).Produces<EntryPage>();
        api.MapGet("/categories", async (DateTime? from, DateTime? to, ClaimsPrincipal user, CategoryGrowth growth, TimeProvider time, CancellationToken ct) =>
        {
            // By default the last 30 days up to this moment, what came in just now included (a microsecond on: the finest step PostgreSQL keeps).
            var end = to is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : time.GetUtcNow().UtcDateTime.AddMicroseconds(1);
            var start = from is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : end.AddDays(-30);
            if (start >= end)
                return CrmProblems.Invalid("from", $"must be before to ({end:u})");
            return TypedResults.Ok(new CategoryGrowthReport(start, end, await growth.ComputeAsync(start, end, user.ToActingUser(), ct)));
        }).Produces<CategoryGrowthReport>();
    }
}
