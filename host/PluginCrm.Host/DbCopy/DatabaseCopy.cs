using System.Data.Common;
using System.Globalization;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// <c>crm db copy</c>: refuses a source that is not at this build's schema or holds tables nobody maps, and a target
/// that holds more than its migrations wrote; migrates the target with the host's and plugins' migrations; copies every table parents first,
/// ids kept, in one transaction on the target; checks every table's count and checksum inside that transaction, and
/// commits only when all match. On any failure the target is left as it was found.
/// </summary>
public sealed class DatabaseCopy(TimeProvider time, ILogger<DatabaseCopy> logger)
{
    /// <param name="migrated">The rows per table a database only migrated holds, asked for when the target has rows.</param>
    public async Task<int> RunAsync(IServiceProvider sourceHost, IServiceProvider targetHost, Func<CancellationToken, Task<IReadOnlyDictionary<string, long>>> migrated,
        TextWriter output, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        await using var source = CopySide.Open(sourceHost);
        await using var target = CopySide.Open(targetHost);
        await CopyChecks.SourceHoldsTheCrmAsync(source, ct);
        var plan = CopyPlan.Of(source, target);
        var found = await CopyChecks.NewAsync(target, migrated, ct);
        try
        {
            await target.MigrateAsync(ct);
            await CopyChecks.SameVersionsAsync(target, "target", ct);
            var ordered = TableOrder.ParentsFirst(plan, await target.Provider.ForeignKeysAsync(ct));
            var tables = await CopyAsync(source, target, ordered, output, ct);
            await output.WriteLineAsync(Total(source, target, tables, time.GetElapsedTime(started)));
            return 0;
        }
        catch (Exception ex)
        {
            await LeaveAsFoundAsync(target, found);
            if (ex is CliException or OperationCanceledException)
                throw;
            throw new CliException($"the copy failed, and the target was left as it was: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static string Total(CopySide source, CopySide target, List<CopiedTable> tables, TimeSpan elapsed)
    {
        var coarsened = tables.Sum(t => t.Coarsened);
        // Said, not hidden: the checksums compare times at what both ends keep, and the copy keeps no more than that.
        var times = coarsened == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; {coarsened:N0} time{(coarsened == 1 ? " was" : "s were")} cut to {Resolution(source, target).TotalMicroseconds:0.###} µs, the finest the target keeps");
        return string.Create(CultureInfo.InvariantCulture, $"copied {tables.Count} tables, {tables.Sum(t => t.SourceRows):N0} rows from {source.Provider.Location} " +
                                                           $"to {target.Provider.Location} in {elapsed.TotalSeconds:0.0} s; every count and checksum matches{times}");
    }

    private static TimeSpan Resolution(CopySide source, CopySide target) =>
        source.Provider.TimeResolution > target.Provider.TimeResolution ? source.Provider.TimeResolution : target.Provider.TimeResolution;

    private async Task<List<CopiedTable>> CopyAsync(CopySide source, CopySide target, IReadOnlyList<PlannedTable> plan, TextWriter output, CancellationToken ct)
    {
        await using var reading = await source.ConnectAsync(ct);
        await using var snapshot = await source.Provider.BeginSnapshotAsync(reading, ct);
        await using var writing = await target.ConnectAsync(ct);
        await using var transaction = await target.Provider.BeginCopyAsync(writing, ct);
        // Rows a migration wrote (lead assignment's config stamp) give way to the source's; children first.
        foreach (var planned in plan.Reverse())
            await ExecuteAsync(transaction, $"DELETE FROM {planned.Table.Delimited}", ct);

        var copied = new List<CopiedTable>();
        foreach (var (owner, table) in plan)
        {
            var step = time.GetTimestamp();
            using var read = new TableChecksum(Resolution(source, target));
            await target.Provider.InsertAsync(transaction, table, TableRows.ReadAsync(snapshot, source.Provider, table, read, ct), ct);
            foreach (var identity in table.Identities)
            {
                if (target.Provider.ContinueIdentity(table.Delimited, identity.Delimited, identity.Name) is { } sql)
                    await ExecuteAsync(transaction, sql, ct);
            }
            copied.Add(new CopiedTable(owner, table.Name, read.Rows, read.Finish(), read.Coarsened));
            logger.LogInformation("Copied {Table} ({Rows} rows) in {Elapsed} ms", table.Name, read.Rows, time.GetElapsedTime(step).TotalMilliseconds);
        }

        // Read back inside the transaction: what is checked is what the commit makes permanent.
        for (var i = 0; i < plan.Count; i++)
        {
            using var written = new TableChecksum(Resolution(source, target));
            await foreach (var _ in TableRows.ReadAsync(transaction, target.Provider, plan[i].Table, written, ct))
            {
            }
            copied[i] = copied[i] with { TargetRows = written.Rows, TargetChecksum = written.Finish() };
            await output.WriteLineAsync(copied[i].Line());
        }
        var differing = copied.Where(t => !t.Matches).Select(t => t.Name).ToList();
        if (differing.Count > 0)
            throw new CliException($"the copy differs from the source in {differing.Count} table{(differing.Count == 1 ? "" : "s")} ({string.Join(", ", differing)}): nothing was committed");
        await transaction.CommitAsync(ct);
        return copied;
    }

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    // The target was empty: drop the tables the migrations made, so that the copy can simply be run again.
    private async Task LeaveAsFoundAsync(CopySide target, IReadOnlyList<string> found)
    {
        try
        {
            var made = (await target.Provider.TablesAsync(CancellationToken.None)).Except(found, StringComparer.Ordinal).ToList();
            if (made.Count == 0)
                return;
            await using var connection = await target.ConnectAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var table in made)
                await ExecuteAsync(transaction, target.Provider.DropTable(target.Sql.DelimitIdentifier(table)), CancellationToken.None);
            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The failed copy's tables could not be dropped from {Target}", target.Provider.Location);
        }
    }
}
