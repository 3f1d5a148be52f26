using Microsoft.EntityFrameworkCore.Metadata;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// Every table the host's and the loaded plugins' models map, each column with the type both databases store it as. Made from the models alone, so a column the copy cannot carry is refused before anything is written.
/// </summary>
public static class CopyPlan
{
    public static IReadOnlyList<PlannedTable> Of(CopySide source, CopySide target)
    {
        var owners = target.Parts.SelectMany(p => p.Tables.Select(t => (t.Name, p.Owner))).ToDictionary(t => t.Name, t => t.Owner, StringComparer.Ordinal);
        var read = source.Parts.SelectMany(p => p.Tables).ToDictionary(t => t.Name, StringComparer.Ordinal);
        return target.Parts.SelectMany(p => p.Tables)
            .Select(table => new PlannedTable(owners[table.Name], Table(table, read.GetValueOrDefault(table.Name), target)))
            .ToList();
    }

    private static CopyTable Table(ITable table, ITable? source, CopySide target)
    {
        if (source is null)
            throw new CliException($"cannot copy {table.Name}: the source's model does not map it");
        var columns = table.Columns.ToDictionary(c => c.Name, c => Column(table, c, source.FindColumn(c.Name), target));
        var key = (table.PrimaryKey?.Columns ?? table.Columns).Select(c => columns[c.Name]).ToList();
        var identities = (table.PrimaryKey?.Columns ?? []).Where(IsGenerated).Select(c => columns[c.Name]).ToList();
        return new CopyTable(table.Name, target.Sql.DelimitIdentifier(table.Name), table.Columns.Select(c => columns[c.Name]).ToList(), key, identities);
    }

    private static CopyColumn Column(ITable table, IColumn column, IColumn? source, CopySide target)
    {
        var type = StoredType(column);
        var sourceType = source is null ? null : StoredType(source);
        if (sourceType != type)
            throw new CliException($"cannot copy {table.Name}.{column.Name}: the target stores it as {type.Name}, the source {sourceType?.Name ?? "not at all"}");
        if (!StoredValues.Carried.Contains(type))
            throw new CliException($"cannot copy {table.Name}.{column.Name}: a copy does not carry values of type {type.Name} yet");
        var mapping = target.Mappings.FindMapping(type) ?? throw new CliException($"cannot copy {table.Name}.{column.Name}: the target has no mapping for {type.Name}");
        return new CopyColumn(column.Name, target.Sql.DelimitIdentifier(column.Name), type, mapping);
    }

    // The type as stored: after the model's converters (money to long, enums to string), without Nullable<>.
    private static Type StoredType(IColumn column)
    {
        var mapping = column.StoreTypeMapping;
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    // An id the database generates on insert: the copy writes it as it was, then moves the generator past it.
    private static bool IsGenerated(IColumn column) =>
        StoredType(column) is var type && (type == typeof(long) || type == typeof(int) || type == typeof(short))
        && column.PropertyMappings.Any(m => m.Property.ValueGenerated.HasFlag(ValueGenerated.OnAdd));
}
