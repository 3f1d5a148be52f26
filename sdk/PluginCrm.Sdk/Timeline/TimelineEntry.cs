using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Timeline;

/// <summary>
/// One event in a customer's history (<c>GET /api/customers/{id}/timeline</c>): an order placed, a complaint opened, a
/// score computed. The host shows an entry whose <see cref="Record"/> is set only to a caller who may read that record.
/// </summary>
/// <param name="WhenUtc">When it happened, UTC.</param>
/// <param name="Sequence">
/// Unique among the entries of its source and stable between requests (usually the row's id): with
/// <paramref name="WhenUtc"/> it places the entry exactly, so paging never repeats or skips entries of the same time.
/// </param>
/// <param name="Kind">What happened, lower-case, one of the source's <see cref="ICustomerTimelineSource.Kinds"/>, e.g. <c>order</c>.</param>
/// <param name="Title">One line a user reads.</param>
public sealed record TimelineEntry(DateTime WhenUtc, long Sequence, string Kind, string Title)
{
    /// <summary>The entry's own record (<c>order:12</c>, <c>complaint:7</c>), if it has one: the caller must be able to read it.</summary>
    public RecordRef? Record { get; init; }

    /// <summary>More text: an interaction's notes, a lifecycle move's reason, a score's explanation in words.</summary>
    public string? Detail { get; init; }

    /// <summary>The user who did it, if a user did.</summary>
    public long? ActorUserId { get; init; }

    /// <summary>Who did it as the audit names it (an e-mail, <c>system</c>, <c>lifecycle</c>).</summary>
    public string? ActorName { get; init; }

    /// <summary>A few structured values (amounts, ids, an explanation), serialised as JSON; keep it small.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }
}
