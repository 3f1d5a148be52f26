namespace PluginCrm.Sdk.Access;

/// <summary>
/// Every record of one type a user may read: all of them, or the listed ids. A plugin narrows a query of its own
/// table with it, e.g. <c>rows.Where(r =&gt; scope.All || scope.Ids.Contains(r.CustomerId))</c>, which EF Core translates.
/// </summary>
public sealed class RecordScope
{
    private RecordScope(bool all, long[] ids)
    {
        All = all;
        Ids = ids;
    }

    /// <summary>A scope of every record (an admin's).</summary>
    public static RecordScope Everything { get; } = new(true, []);

    /// <summary>A scope of just these records.</summary>
    public static RecordScope Only(IEnumerable<long> ids) => new(false, ids.Distinct().Order().ToArray());

    /// <summary>True when the user reads every record of the type; <see cref="Ids"/> is then empty.</summary>
    public bool All { get; }

    /// <summary>The ids the user reads, ascending, when not <see cref="All"/>.</summary>
    public long[] Ids { get; }

    /// <summary>Whether the scope holds the record <paramref name="id"/>.</summary>
    public bool Contains(long? id) => id is { } value && (All || Array.BinarySearch(Ids, value) >= 0);
}
