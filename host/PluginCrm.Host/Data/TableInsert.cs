using System.Collections;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PluginCrm.Host.Data;

/// <summary>
/// One prepared <c>INSERT</c> for one table, built from the EF Core model (table, columns, each column's type mapping and
/// value converter, so money, times and enums are stored exactly as EF Core stores them, on either provider) and reused
/// for every row. A generated key is read back with <c>RETURNING</c>, which SQLite and PostgreSQL both speak; the rows
/// of a collection navigation (an order's lines) follow their principal with its key set.
/// </summary>
internal sealed class TableInsert : IDisposable
{
    private readonly DbCommand command;
    private readonly Column[] columns;
    private readonly PropertyInfo? key;
    private readonly Child[] children;
    private bool prepared;

    private sealed record Column(PropertyInfo Property, ValueConverter? Converter, DbParameter Parameter);

    private sealed record Child(PropertyInfo Collection, PropertyInfo ForeignKey, TableInsert Insert);

    public TableInsert(DbContext db, DbConnection connection, IEntityType type, bool readKey)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        command = connection.CreateCommand();
        var generated = type.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        var written = type.GetProperties().Except(generated).ToList();
        columns = written.Select((p, i) =>
        {
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            return new Column(p.PropertyInfo ?? throw new NotSupportedException($"{type.DisplayName()}.{p.Name} is a shadow property; a bulk insert reads CLR properties"),
                mapping.Converter, mapping.CreateParameter(command, $"@p{i}", null, p.IsNullable));
        }).ToArray();
        command.Parameters.AddRange(columns.Select(c => c.Parameter).ToArray());
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        string Name(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(table)!);
        var names = string.Join(", ", written.Select(Name));
        var values = string.Join(", ", columns.Select(c => c.Parameter.ParameterName));
        key = readKey && generated.Count == 1 ? generated[0].PropertyInfo : null;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values})"
            + (key is null ? "" : $" RETURNING {Name(generated[0])}");
        children = type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent && n.PropertyInfo is not null)
            .Select(n => new Child(n.PropertyInfo!, n.ForeignKey.Properties.Single().PropertyInfo!, new TableInsert(db, connection, n.TargetEntityType, readKey: false)))
            .ToArray();
    }

    public async Task InsertAsync(object row, DbTransaction? transaction, CancellationToken ct)
    {
        command.Transaction = transaction;
        foreach (var column in columns)
        {
            var value = column.Property.GetValue(row);
            column.Parameter.Value = (value is null ? null : column.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
        }
        if (!prepared)
        {
            await command.PrepareAsync(ct);
            prepared = true;
        }
        if (key is null)
        {
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        var id = await command.ExecuteScalarAsync(ct);
        key.SetValue(row, Convert.ChangeType(id, key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var child in children)
        {
            foreach (var item in (IEnumerable?)child.Collection.GetValue(row) ?? Array.Empty<object>())
            {
                child.ForeignKey.SetValue(item, key.GetValue(row));
                await child.Insert.InsertAsync(item, transaction, ct);
            }
        }
    }

    public void Dispose()
    {
        foreach (var child in children)
            child.Insert.Dispose();
        command.Dispose();
    }
}
