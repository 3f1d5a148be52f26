using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Export;

/// <summary>
/// Writes a query's rows as CSV, reading them in batches by id (keyset paging, not OFFSET, so every batch is an
/// index seek). Only one batch is in memory, and no database reader stays open while a slow client downloads;
/// the price is that a row changed during a long export shows its state when its batch was read.
/// </summary>
public sealed class CsvRows<TEntity, TRecord>(IQueryable<TEntity> rows, Func<TEntity, TRecord> toRecord, CsvLayout<TRecord> layout, int batchSize = 500)
    : ICsvRows where TEntity : RecordEntity
{
    public async Task<int> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        // Async all the way: Kestrel refuses synchronous writes to a response body.
        await using var csv = CsvFile.Writer(output);
        layout.WriteHeader(csv);
        var count = 0;
        var after = long.MinValue;
        while (true)
        {
            var batch = await rows.Where(e => e.Id > after).OrderBy(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
            foreach (var entity in batch)
            {
                layout.WriteFields(csv, toRecord(entity));
                await csv.NextRecordAsync();
            }
            count += batch.Count;
            if (batch.Count < batchSize)
                break;
            after = batch[^1].Id;
        }
        await csv.FlushAsync();
        return count;
    }
}
