using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
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

    // A step may have changed the target in PreValidation or PreOperation: check it again, but only then.
    public Task<TRecord> RecheckedAsync<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, TRecord checkedTarget, TRecord changed, TRecord? existing, ActingUser user, CancellationToken ct)
        where TEntity : RecordEntity, new() where TRecord : class =>
        ReferenceEquals(checkedTarget, changed) ? Task.FromResult(changed) : CheckedAsync(kind, changed, existing, user, ct);
}
