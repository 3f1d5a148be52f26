using PluginCrm.Host.Api;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Timeline;

/// <summary><c>GET /api/customers/{id}/timeline?before=&amp;pageSize=&amp;kinds=order,complaint</c>: the customer's history, newest first.</summary>
public static class TimelineFeature
{
    public static void AddTimeline(this IServiceCollection services)
    {
        services.AddScoped<TimelineSources>();
        services.AddScoped<CustomerTimeline>();
        TimelineSources.AddTo(services);
    }

    public static void MapTimeline(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/customers/{id:long}/timeline", (long id, HttpContext http, CustomerTimeline timeline, TimelineSources sources, CancellationToken ct) =>
                timeline.PageAsync(id, Parse(http.Request.Query, sources), http.User.ToActingUser(), ct))
            .WithTags("customers")
            .WithSummary("A customer's history, newest first")
            .WithDescription("Orders, interactions, deals, lifecycle moves, messages sent and what modules add (complaints, notes, scores, assignments), each shown only to a caller who reads its record. Page on with ?before=<next>.");

    private static TimelineQuery Parse(IQueryCollection query, TimelineSources sources)
    {
        var errors = new FieldErrors();
        TimelineCursor? before = null;
        if (query["before"].ToString() is { Length: > 0 } cursor && (before = TimelineCursor.TryDecode(cursor)) is null)
            errors.Add("before", "is not a cursor this API issued; pass the 'next' of a previous page");
        var pageSize = TimelineQuery.DefaultPageSize;
        if (query["pageSize"].ToString() is { Length: > 0 } size && (!int.TryParse(size, out pageSize) || pageSize is < 1 or > TimelineQuery.MaxPageSize))
            errors.Add("pageSize", $"must be a whole number between 1 and {TimelineQuery.MaxPageSize}");
        HashSet<string>? kinds = null;
        if (query.ContainsKey("kinds"))
        {
            kinds = query["kinds"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var known = sources.KnownKinds();
            if (kinds.Count == 0)
                errors.Add("kinds", $"names no kind; give one or more of {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            foreach (var unknown in kinds.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
                errors.Add("kinds", $"'{unknown}' is not a kind of entry; the kinds are {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
        errors.ThrowIfAny();
        return new TimelineQuery(before, pageSize, kinds);
    }
}
