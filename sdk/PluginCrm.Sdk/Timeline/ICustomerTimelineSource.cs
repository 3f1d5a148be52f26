using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Timeline;

/// <summary>
/// Contributes entries to a customer's timeline, from the module's own tables (register it with
/// <see cref="Plugins.IPluginBuilder.AddTimelineSource{TSource}"/>; a scoped service with constructor injection). The host
/// merges every source newest first and pages through them with a cursor; it asks a source only while its module is on,
/// only after it checked that the caller reads the customer, and it drops each entry whose
/// <see cref="TimelineEntry.Record"/> the caller may not read.
/// </summary>
public interface ICustomerTimelineSource
{
    /// <summary>The kinds of entry this source gives (<c>complaint</c>); <c>?kinds=</c> accepts the kinds of all sources.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>
    /// The customer's entries inside <paramref name="window"/>, newest first (by <see cref="TimelineEntry.WhenUtc"/>, then
    /// <see cref="TimelineEntry.Sequence"/>), at most <see cref="TimelineWindow.Limit"/> of them. Read no more rows than
    /// that: <see cref="TimelineWindow.Apply{T}"/> writes the query so that an index on (customer, time) serves it.
    /// </summary>
    /// <param name="customerId">A customer the caller reads.</param>
    /// <param name="window">Which entries, and how many.</param>
    /// <param name="user">The caller, for a source that shows some entries to some users only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken);
}
