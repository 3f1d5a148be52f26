using System.Data.Common;
using System.Runtime.CompilerServices;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// A table's rows in key order, read one at a time (never the table in memory) as stored values, each added to a
/// checksum as it passes. The same reading serves the source while copying and the target while checking.
/// </summary>
public static class TableRows
{
    // The row's array is reused: a consumer writes it before asking for the next.
    public static async IAsyncEnumerable<object?[]> ReadAsync(
        DbTransaction transaction, IDatabaseProvider provider, CopyTable table, TableChecksum checksum, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0; // a large table takes the time it takes
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => c.Delimited))} FROM {table.Delimited} " +
                              $"ORDER BY {string.Join(", ", table.Key.Select(c => provider.SortKey(c.Delimited, c.Type)))}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var readers = table.Columns.Select(c => StoredValues.ReaderOf(c.Type)).ToArray();
        var row = new object?[readers.Length];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < readers.Length; i++)
                row[i] = readers[i](reader, i);
            checksum.Add(row);
            yield return row;
        }
    }
}
