using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>
/// Checks a record to be written by its kind's rules: first what needs nothing but the input, then, when that passed,
/// what needs the database, the caller's access and the clock. Every problem of the input is a 400 naming its field.
/// </summary>
public sealed class RecordChecks(CrmDbContext db, IRecordAccess access, TimeProvider time)
{
    public async Task<TRecord> CheckedAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord input, TRecord? existing, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = new FieldErrors();
        var record = kind.Normalize(input, existing, user, errors);
        if (!errors.Any)
            record = await kind.CheckAsync(record, existing, user, new RecordContext(db, access, time), errors, ct);
        errors.ThrowIfAny();
        return record;
    }

    /// <summary>
    /// Checks many records at once (an import's batch) as <see cref="CheckedAsync"/> checks one; every bad field of every item
    /// is reported together, by the item's place in <paramref name="items"/>.
    /// </summary>
    public async Task<IReadOnlyList<TRecord>> CheckedManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<(TRecord Input, TRecord? Existing)> items, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var errors = items.Select(_ => new FieldErrors()).ToList();
        var records = items.Select((item, i) => (kind.Normalize(item.Input, item.Existing, user, errors[i]), item.Existing)).ToList();
        var valid = Enumerable.Range(0, items.Count).Where(i => !errors[i].Any).ToList();
        var done = await kind.CheckManyAsync(valid.Select(i => records[i]).ToList(), user, new RecordContext(db, access, time), valid.Select(i => errors[i]).ToList(), ct);
        for (var n = 0; n < valid.Count; n++)
            records[valid[n]] = (done[n], records[valid[n]].Existing);
        var refused = errors.SelectMany((e, i) => e.All.Select(f => new BatchItemError(i, f.Field, f.Reason))).ToList();
        return refused.Count > 0 ? throw new BatchRefusedException(refused) : records.Select(r => r.Item1).ToList();
    }

    /// <summary>The batch's <see cref="RecheckedAsync"/>: only the items a step changed are checked again.</summary>
    public async Task<IReadOnlyList<TRecord>> RecheckedManyAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, IReadOnlyList<TRecord> checkedTargets, IReadOnlyList<TRecord> changed,
        IReadOnlyList<TRecord?> existing, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var again = Enumerable.Range(0, changed.Count).Where(i => !ReferenceEquals(checkedTargets[i], changed[i])).ToList();
        if (again.Count == 0)
            return changed;
        IReadOnlyList<TRecord> rechecked;
        try
        {
            rechecked = await CheckedManyAsync(kind, again.Select(i => (changed[i], existing[i])).ToList(), user, ct);
        }
        catch (BatchRefusedException ex)
        {
            throw new BatchRefusedException(ex.Errors.Select(e => e with { Index = again[e.Index] }).ToList());
        }
        var result = changed.ToArray();
        for (var n = 0; n < again.Count; n++)
            result[again[n]] = rechecked[n];
        return result;
    }

    // A step may have changed the target in PreValidation or PreOperation: check it again, but only then.
    public Task<TRecord> RecheckedAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord checkedTarget, TRecord changed, TRecord? existing, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        ReferenceEquals(checkedTarget, changed) ? Task.FromResult(changed) : CheckedAsync(kind, changed, existing, user, ct);
}
