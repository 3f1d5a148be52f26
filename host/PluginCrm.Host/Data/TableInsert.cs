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
/// of a collection navigation (an order's lines) follow their principal with its key set. Where the provider sends several
/// statements in one round trip (PostgreSQL: <see cref="DbConnection.CanCreateBatch"/>), many rows go as one batch of the
/// same statement; SQLite, in the process, gains nothing from it and keeps the one prepared command.
/// </summary>
internal sealed class TableInsert : IDisposable
{
    private const int RowsPerBatch = 500;

    private readonly DbCommand command;
    private readonly Column[] columns;
    private readonly PropertyInfo? key;
    private readonly Child[] children;
    private bool prepared;

    private sealed record Column(PropertyInfo Property, ValueConverter? Converter, DbParameter Parameter, RelationalTypeMapping Mapping, bool Nullable);

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
                mapping.Converter, mapping.CreateParameter(command, $"@p{i}", null, p.IsNullable), mapping, p.IsNullable);
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

    /// <summary>Inserts the rows in order: in batches where the provider has them, else one prepared command per row.</summary>
    public async Task InsertAsync(IReadOnlyList<object> rows, DbTransaction? transaction, CancellationToken ct)
    {
        if (rows.Count < 2 || !command.Connection!.CanCreateBatch)
        {
            foreach (var row in rows)
                await InsertAsync(row, transaction, ct);
            return;
        }
        foreach (var chunk in rows.Chunk(RowsPerBatch))
            await InsertBatchAsync(chunk, transaction, ct);
    }

    private async Task InsertBatchAsync(object[] rows, DbTransaction? transaction, CancellationToken ct)
    {
        await using var batch = command.Connection!.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var statement = batch.CreateBatchCommand();
            statement.CommandText = command.CommandText;
            foreach (var column in columns)
            {
                // Made empty and then given the converted value, as the prepared command's are (a value given here would be converted twice).
                var parameter = column.Mapping.CreateParameter(command, column.Parameter.ParameterName, null, column.Nullable);
                parameter.Value = ProviderValue(column, row);
                statement.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(statement);
        }
        if (key is null)
        {
            await batch.ExecuteNonQueryAsync(ct);
            return;
        }
        // One result (the generated key) per statement, in the statements' order.
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            foreach (var row in rows)
            {
                if (!await reader.ReadAsync(ct))
                    throw new InvalidOperationException("an insert of the batch returned no key");
                SetKey(row, reader.GetValue(0));
                await reader.NextResultAsync(ct);
            }
        }
        foreach (var child in children)
            await child.Insert.InsertAsync(rows.SelectMany(row => ChildrenOf(child, row)).ToList(), transaction, ct);
    }

    private async Task InsertAsync(object row, DbTransaction? transaction, CancellationToken ct)
    {
        command.Transaction = transaction;
        foreach (var column in columns)
            column.Parameter.Value = ProviderValue(column, row);
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
        SetKey(row, await command.ExecuteScalarAsync(ct));
        foreach (var child in children)
            foreach (var item in ChildrenOf(child, row))
                await child.Insert.InsertAsync(item, transaction, ct);
    }

    private static object ProviderValue(Column column, object row)
    {
        var value = column.Property.GetValue(row);
        return (value is null ? null : column.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
    }

    private void SetKey(object row, object? id) =>
        key!.SetValue(row, Convert.ChangeType(id, key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

    // A principal's child rows, each given the principal's new key.
    private IEnumerable<object> ChildrenOf(Child child, object row)
    {
        foreach (var item in (IEnumerable?)child.Collection.GetValue(row) ?? Array.Empty<object>())
        {
            child.ForeignKey.SetValue(item, key!.GetValue(row));
            yield return item;
        }
    }

    public void Dispose()
    {
        foreach (var child in children)
            child.Insert.Dispose();
        command.Dispose();
    }
}
