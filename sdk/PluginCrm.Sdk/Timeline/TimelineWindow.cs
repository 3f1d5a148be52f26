using System.Linq.Expressions;

namespace PluginCrm.Sdk.Timeline;

/// <summary>
/// The part of a timeline a source is asked for: the newest <see cref="Limit"/> entries strictly before the position
/// (<see cref="BeforeUtc"/>, <see cref="BeforeSequence"/>), i.e. earlier, or at the same time with a smaller sequence.
/// </summary>
/// <param name="BeforeUtc">Entries at this time or earlier; <see cref="DateTime.MaxValue"/> on the first page.</param>
/// <param name="BeforeSequence">At exactly <paramref name="BeforeUtc"/>, only entries with a smaller sequence.</param>
/// <param name="Limit">The most entries to return.</param>
public sealed record TimelineWindow(DateTime BeforeUtc, long BeforeSequence, int Limit)
{
    /// <summary>The newest <paramref name="limit"/> entries.</summary>
    public static TimelineWindow Newest(int limit) => new(DateTime.MaxValue, long.MaxValue, limit);

    /// <summary>Whether an entry at (<paramref name="whenUtc"/>, <paramref name="sequence"/>) lies inside the window.</summary>
    public bool Includes(DateTime whenUtc, long sequence) => whenUtc < BeforeUtc || whenUtc == BeforeUtc && sequence < BeforeSequence;

    /// <summary>
    /// Narrows a query of a source's rows to the window, newest first, <see cref="Limit"/> rows: <c>when &lt;= before AND
    /// (when &lt; before OR sequence &lt; beforeSequence) ORDER BY when DESC, sequence DESC LIMIT n</c>, which reads only
    /// the rows it returns from an index on (customer, when) (the row id rides along in SQLite's indexes).
    /// </summary>
    /// <param name="rows">The customer's rows, already narrowed to the customer.</param>
    /// <param name="when">The row's time (UTC).</param>
    /// <param name="sequence">The row's sequence, usually its id.</param>
    public IQueryable<T> Apply<T>(IQueryable<T> rows, Expression<Func<T, DateTime>> when, Expression<Func<T, long>> sequence)
    {
        var row = when.Parameters[0];
        var at = when.Body;
        var seq = new Rebind(sequence.Parameters[0], row).Visit(sequence.Body);
        var before = Expression.Constant(this);
        var beforeUtc = Expression.Property(before, nameof(BeforeUtc));
        var beforeSequence = Expression.Property(before, nameof(BeforeSequence));
        var inside = Expression.AndAlso(
            Expression.LessThanOrEqual(at, beforeUtc),
            Expression.OrElse(Expression.LessThan(at, beforeUtc), Expression.LessThan(seq, beforeSequence)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(inside, row))
            .OrderByDescending(when).ThenByDescending(Expression.Lambda<Func<T, long>>(seq, row))
            .Take(Limit);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
