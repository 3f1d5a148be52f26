using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Imports;

/// <summary>
/// One import: a single transaction around every record it writes (each still a pipeline message, so plugins
/// and the audit see it, written in batches), so the import lands whole or not at all. Rows that fail are collected with file, row,
/// column and reason; any error, or a dry run, rolls everything back.
/// </summary>
public sealed class ImportSession(CrmDbContext db, ScopedConnection connection, RecordBatchWriter batches, OutboxSignal outbox, IImportProgress progress)
{
    /// <summary>Rows an importer hands to <see cref="UpsertManyAsync{TEntity,TRecord}"/> at a time: each batch is looked up, checked and written a query or a command at a time.</summary>
    public const int BatchSize = 1000;

    private readonly Dictionary<string, (int Created, int Updated, int Unchanged)> counts = [];
    private readonly List<ImportError> errors = [];
    private readonly List<string> notes = [];
    private int skipped;

    public ActingUser User { get; } = ActingUser.System;
    public CrmDbContext Db => db;
    public IImportProgress Progress => progress;
    public int ErrorCount => errors.Count;

    public void Error(string file, int row, string column, string reason) => errors.Add(new ImportError(file, row, column, reason));

    // A batch's errors come when it is written, after the cells of later rows were read: the report goes by file (in the
    // order they were read) and row, a row's errors in the order found.
    private List<ImportError> InRowOrder()
    {
        var files = errors.Select(e => e.File).Distinct().ToList();
        return errors.OrderBy(e => files.IndexOf(e.File)).ThenBy(e => e.Row).ToList();
    }

    public void Skip(int rows = 1) => skipped += rows;

    public void Note(string note) => notes.Add(note);

    public async Task<ImportReport> RunAsync(bool dryRun, Func<ImportSession, CancellationToken, Task> import, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        connection.Transaction = transaction.GetDbTransaction();
        try
        {
            await import(this, ct);
            var commit = !dryRun && errors.Count == 0;
            if (commit)
                await transaction.CommitAsync(ct);
            // The rows' PostCommit deliveries go out now, not at the outbox's next poll (an import in the console's server).
            if (commit && connection.WakeOutboxOnCommit)
                outbox.Wake();
            return new ImportReport(dryRun, commit, counts.ToDictionary(c => c.Key, c => new ImportCounts(c.Value.Created, c.Value.Updated, c.Value.Unchanged)), skipped, InRowOrder(), notes);
        }
        finally
        {
            connection.Transaction = null;
            connection.WakeOutboxOnCommit = false;
        }
    }

    /// <summary>
    /// Creates <paramref name="wanted"/>, or updates <paramref name="existing"/> when they differ, or counts it
    /// unchanged: what makes a second run of the same file a no-op. Input errors become row errors.
    /// </summary>
    public async Task<TRecord?> UpsertAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord? existing, TRecord wanted, string file, int row, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        (await UpsertManyAsync(kind, [new ImportRow<TRecord>(existing, wanted, file, row)], ct))[0];

    /// <summary>
    /// <see cref="UpsertAsync{TEntity,TRecord}"/> for many rows at once: the rows to create go through the pipeline as one
    /// batch, those to update as another, so references are checked a query per batch and rows are written in bulk.
    /// A refused row becomes a row error, and nothing of its batch is returned (null): the import will not commit.
    /// </summary>
    public async Task<IReadOnlyList<TRecord?>> UpsertManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<ImportRow<TRecord>> rows, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var saved = new TRecord?[rows.Count];
        List<int> creates = [], updates = [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Existing is not { } existing)
                creates.Add(i);
            else if (!Same(kind, existing, kind.Normalize(rows[i].Wanted, existing, User, new FieldErrors())))
                updates.Add(i);
            else
                saved[i] = existing;
        }
        Count(kind.Name, created: 0, unchanged: rows.Count - creates.Count - updates.Count);
        try
        {
            if (creates.Count > 0 && !await WriteAsync(rows, creates, saved, () => batches.CreateManyAsync(kind, creates.Select(i => rows[i].Wanted).ToList(), User, ct)))
                return new TRecord?[rows.Count];
            Count(kind.Name, created: creates.Count);
            if (updates.Count > 0 && !await WriteAsync(rows, updates, saved, () => batches.UpdateManyAsync(kind, updates.Select(i => (rows[i].Existing!, rows[i].Wanted)).ToList(), User, ct)))
                return new TRecord?[rows.Count];
            Count(kind.Name, created: 0, updated: updates.Count);
            return saved;
        }
        finally
        {
            db.ChangeTracker.Clear(); // thousands of rows: keep the tracker from growing with them
        }
    }

    // Writes the rows at the places given; a refusal names the row it came from.
    private async Task<bool> WriteAsync<TRecord>(IReadOnlyList<ImportRow<TRecord>> rows, List<int> at, TRecord?[] saved, Func<Task<IReadOnlyList<TRecord>>> write) where TRecord : class
    {
        try
        {
            var written = await write();
            for (var n = 0; n < at.Count; n++)
                saved[at[n]] = written[n];
            return true;
        }
        catch (BatchRefusedException ex)
        {
            foreach (var error in ex.Errors)
                Error(rows[at[error.Index]].File, rows[at[error.Index]].Row, error.Field, error.Reason);
        }
        catch (InputException ex) // a change that followed from the batch (a lifecycle move) was refused: named by the batch's first row
        {
            foreach (var (field, messages) in ex.Errors)
                Error(rows[at[0]].File, rows[at[0]].Row, field, string.Join(" ", messages));
        }
        catch (PipelineValidationException ex) // the same, refused by a plugin's step
        {
            Error(rows[at[0]].File, rows[at[0]].Row, ex.Field ?? "", ex.Message);
        }
        return false;
    }

    // Compares what an import controls (the fields Apply writes, not id, timestamps or version), after the
    // kind's own tidying (WANG@x.com is wang@x.com), with decimals by value (1.00 equals 1.0000).
    private static bool Same<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord existing, TRecord wanted)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var entity = new TEntity();
        kind.Apply(wanted, entity);
        var stored = new TEntity();
        kind.Apply(existing, stored);
        return JsonSerializer.Serialize(entity, Comparable) == JsonSerializer.Serialize(stored, Comparable);
    }

    private static readonly JsonSerializerOptions Comparable = new() { Converters = { new DecimalByValue() } };

    private sealed class DecimalByValue : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Count(string kind, int created = 1, int updated = 0, int unchanged = 0)
    {
        var c = counts.GetValueOrDefault(kind);
        counts[kind] = (c.Created + created, c.Updated + updated, c.Unchanged + unchanged);
    }
}
