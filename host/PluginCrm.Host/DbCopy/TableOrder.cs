namespace PluginCrm.Host.DbCopy;

/// <summary>
/// Tables parents first, by the foreign keys the target database has (plugins' hand-written migrations make keys their
/// models do not declare), so that PostgreSQL, whose keys cannot be deferred, finds every referred row already there.
/// Ties go by name, so a copy always runs in the same order; a cycle of keys (none today) is left to the end.
/// </summary>
public static class TableOrder
{
    public static List<PlannedTable> ParentsFirst(IEnumerable<PlannedTable> tables, IReadOnlyList<(string Table, string Parent)> keys)
    {
        var waiting = tables.OrderBy(t => t.Table.Name, StringComparer.Ordinal).ToList();
        var names = waiting.Select(t => t.Table.Name).ToHashSet(StringComparer.Ordinal);
        // A table referring to itself needs no other table first.
        var parents = keys.Where(k => k.Table != k.Parent && names.Contains(k.Parent)).ToLookup(k => k.Table, k => k.Parent, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<PlannedTable>();
        while (waiting.Count > 0)
        {
            var ready = waiting.FirstOrDefault(t => parents[t.Table.Name].All(placed.Contains)) ?? waiting[0];
            waiting.Remove(ready);
            placed.Add(ready.Table.Name);
            order.Add(ready);
        }
        return order;
    }
}
