using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Timeline;

/// <summary>
/// A customer's whole history, newest first: the entries of every source merged by (time, source, sequence), paged with a
/// cursor on that order. The customer must be readable (else 404); an entry with a record the caller may not read is
/// left out, and its source asked for more, so a page is full unless the history is at its end.
/// </summary>
public sealed class CustomerTimeline(RecordReader records, TimelineSources sources, IRecordAccess access, ILogger<CustomerTimeline> logger)
{
    private const int MaxBatch = 500;

    private sealed record Found(TimelineEntry Entry, string Source);

    public async Task<TimelinePage> PageAsync(long customerId, TimelineQuery query, ActingUser user, CancellationToken ct)
    {
        await records.GetAsync(CoreRecords.Customers, customerId, user, ct); // 404 unless the caller reads the customer
        var wanted = query.PageSize + 1; // one more than a page tells whether there is a next one
        var found = new List<Found>();
        foreach (var source in await sources.EnabledAsync(ct))
        {
            if (query.Kinds is { } kinds && !source.Instance.Kinds.Any(kinds.Contains))
                continue;
            var window = query.Before?.WindowOf(source.Name, wanted) ?? TimelineWindow.Newest(wanted);
            found.AddRange((await VisibleAsync(customerId, source, window, query.Kinds, user, ct)).Select(e => new Found(e, source.Name)));
        }
        var ordered = found
            .OrderByDescending(f => f.Entry.WhenUtc).ThenByDescending(f => f.Source, StringComparer.Ordinal).ThenByDescending(f => f.Entry.Sequence)
            .ToList();
        var page = ordered.Take(query.PageSize).ToList();
        var next = ordered.Count > query.PageSize ? new TimelineCursor(page[^1].Entry.WhenUtc, page[^1].Source, page[^1].Entry.Sequence).Encode() : null;
        return new TimelinePage(page.Select(f => TimelineItem.From(f.Entry)).ToList(), next);
    }

    // The source's newest entries in the window that pass the kinds and the caller's access, up to the window's limit:
    // when some are left out, the source is asked again below the last one it gave, in growing batches.
    private async Task<List<TimelineEntry>> VisibleAsync(
        long customerId, TimelineSources.Source source, TimelineWindow window, IReadOnlySet<string>? kinds, ActingUser user, CancellationToken ct)
    {
        var wanted = window.Limit;
        var kept = new List<TimelineEntry>();
        while (true)
        {
            var batch = (await source.Instance.EntriesAsync(customerId, window, user, ct))
                .Where(e => window.Includes(e.WhenUtc, e.Sequence))
                .OrderByDescending(e => e.WhenUtc).ThenByDescending(e => e.Sequence)
                .Take(window.Limit)
                .ToList();
            kept.AddRange(await ReadableAsync(batch.Where(e => kinds is null || kinds.Contains(e.Kind)).ToList(), user, ct));
            if (kept.Count >= wanted || batch.Count < window.Limit)
                return kept.Take(wanted).ToList();
            logger.LogDebug("Timeline source {Source} gave {Count} entries the caller may not see; asking for more", source.Name, window.Limit - kept.Count);
            window = new TimelineWindow(batch[^1].WhenUtc, batch[^1].Sequence, Math.Min(window.Limit * 2, MaxBatch));
        }
    }

    private async Task<IEnumerable<TimelineEntry>> ReadableAsync(List<TimelineEntry> entries, ActingUser user, CancellationToken ct)
    {
        var readable = new Dictionary<string, IReadOnlySet<long>>(StringComparer.Ordinal);
        foreach (var type in entries.Where(e => e.Record is not null).GroupBy(e => e.Record!.Type))
            readable[type.Key] = await access.FilterAsync(user, AccessRight.Read, type.Key, type.Select(e => e.Record!.Id), ct);
        return entries.Where(e => e.Record is not { } record || readable[record.Type].Contains(record.Id));
    }
}
