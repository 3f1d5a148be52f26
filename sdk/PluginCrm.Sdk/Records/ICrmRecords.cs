using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Records;

/// <summary>
/// Reads and changes the core records (<see cref="CustomerRecord"/>, <see cref="CompanyRecord"/>,
/// <see cref="LeadRecord"/>, <see cref="DealRecord"/>, <see cref="ProductRecord"/>, <see cref="OrderRecord"/>,
/// <see cref="InteractionRecord"/>, <see cref="TaskRecord"/>) for a plugin. Reads see every record that is not deleted (a plugin acts for the
/// system), or with an <see cref="ActingUser"/> only what that user may read; changes go through the pipeline as the given user, so they are validated, audited and seen by other
/// plugins' steps. Called from inside a step, a change joins the transaction of the message being handled.
/// </summary>
public interface ICrmRecords
{
    /// <summary>The record with <paramref name="id"/>, or null when there is none (or it is deleted).</summary>
    Task<TRecord?> FindAsync<TRecord>(long id, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// The record with <paramref name="id"/> if <paramref name="user"/> may read it (see <see cref="IRecordAccess"/>);
    /// null when there is none or the user may not see it, which the caller cannot tell apart.
    /// </summary>
    Task<TRecord?> FindAsync<TRecord>(long id, ActingUser user, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// Every record of the type that passes <paramref name="filters"/> (the filters of the record's list endpoint,
    /// e.g. <c>ownerId=7</c>, <c>customerId=3</c>, <c>orderedFrom=2024-01-01</c>), streamed in id order without
    /// loading them all at once. An unknown filter or a bad value throws <see cref="RecordValidationException"/>.
    /// </summary>
    IAsyncEnumerable<TRecord> QueryAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>As <see cref="QueryAsync{TRecord}(IReadOnlyDictionary{string, string}?, CancellationToken)"/>, limited to what <paramref name="user"/> may read.</summary>
    IAsyncEnumerable<TRecord> QueryAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, ActingUser user, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// How many records of the type each owner has among those <paramref name="filters"/> select (as for
    /// <see cref="QueryAsync{TRecord}(IReadOnlyDictionary{string, string}?, CancellationToken)"/>), counted in the database:
    /// a workload or a cap without reading every record. Records without an owner are not counted. A type without owners
    /// (products, orders) throws <see cref="ArgumentException"/>.
    /// </summary>
    Task<IReadOnlyDictionary<long, int>> CountByOwnerAsync<TRecord>(IReadOnlyDictionary<string, string>? filters, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// Creates a record as <paramref name="user"/>; returns it with its id. A record that fails validation throws
    /// <see cref="RecordValidationException"/>; a refusal by a step throws the step's <c>PipelineValidationException</c>.
    /// </summary>
    Task<TRecord> CreateAsync<TRecord>(TRecord record, ActingUser user, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// Replaces the record with the same id as <paramref name="user"/>. The record's <c>Version</c> must be the one
    /// read: a record changed since is refused with <see cref="RecordConflictException"/>; a record that is not there
    /// (or deleted) throws <see cref="RecordNotFoundException"/>. A record that would store nothing new (every field as
    /// stored) is returned as it is: no new version, no audit entry, no message for steps or webhooks.
    /// </summary>
    Task<TRecord> UpdateAsync<TRecord>(TRecord record, ActingUser user, CancellationToken cancellationToken) where TRecord : class;

    /// <summary>
    /// As <see cref="UpdateAsync{TRecord}(TRecord, ActingUser, CancellationToken)"/>, with why the change is made, kept in
    /// the audit entry and shown with it: a change the system or a module makes on its own explains itself (e.g.
    /// <c>churn warning: no purchase in 400 days against a usual 60</c>).
    /// </summary>
    Task<TRecord> UpdateAsync<TRecord>(TRecord record, ActingUser user, string reason, CancellationToken cancellationToken) where TRecord : class;
}

/// <summary>A change refused because the record changed since it was read, or clashes with another record (HTTP 409 when unhandled).</summary>
public sealed class RecordConflictException(string message) : Exception(message);

/// <summary>A record or filter that is not valid, field by field (HTTP 400 when unhandled).</summary>
public sealed class RecordValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    /// <summary>The messages per field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>A record that is not there, or is deleted (HTTP 404 when unhandled).</summary>
public sealed class RecordNotFoundException(string message) : Exception(message);
