using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Imports;

/// <summary>
/// One import: a single transaction around every record it writes (each still a pipeline message, so plugins
/// and the audit see it), so the batch lands whole or not at all. Rows that fail are collected with file, row,
/// column and reason; any error, or a dry run, rolls everything back.
/// </summary>
public sealed class ImportSession(CrmDbContext db, ScopedConnection connection, RecordWriter records, IImportProgress progress)
{
    private readonly Dictionary<string, (int Created, int Updated, int Unchanged)> counts = [];
    private readonly List<ImportError> errors = [];
    private readonly List<string> notes = [];
    private int skipped;

    public ActingUser User { get; } = ActingUser.System;
    public CrmDbContext Db => db;
    public IImportProgress Progress => progress;
    public int ErrorCount => errors.Count;

    public void Error(string file, int row, string column, string reason) => errors.Add(new ImportError(file, row, column, reason));

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
            return new ImportReport(dryRun, commit, counts.ToDictionary(c => c.Key, c => new ImportCounts(c.Value.Created, c.Value.Updated, c.Value.Unchanged)), skipped, errors, notes);
        }
        finally
        {
            connection.Transaction = null;
        }
    }

    /// <summary>
    /// Creates <paramref name="wanted"/>, or updates <paramref name="existing"/> when they differ, or counts it
    /// unchanged: what makes a second run of the same file a no-op. Input errors become row errors.
    /// </summary>
    public async Task<TRecord?> UpsertAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord? existing, TRecord wanted, string file, int row, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        try
        {
            TRecord result;
            if (existing is null)
            {
                result = await records.CreateAsync(kind, wanted, User, ct);
                Count(kind.Name);
            }
            else if (!Same(kind, existing, kind.Normalize(wanted, existing, User, new FieldErrors())))
            {
                result = await records.UpdateAsync(kind, kind.IdOf(existing), wanted, kind.VersionOf(existing), User, ct);
                Count(kind.Name, created: 0, updated: 1);
            }
            else
            {
                Count(kind.Name, created: 0, unchanged: 1);
                return existing;
            }
            return result;
        }
        catch (InputException ex)
        {
            foreach (var (field, messages) in ex.Errors)
                Error(file, row, field, string.Join(" ", messages));
            return null;
        }
        catch (PipelineValidationException ex) // a plugin's step refused the row: a row error like any other
        {
            Error(file, row, ex.Field ?? "", ex.Message);
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear(); // thousands of rows: keep the tracker from growing with them
        }
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
