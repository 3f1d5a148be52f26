namespace PluginCrm.Sdk.Access;

/// <summary>
/// The host's one answer to "may this user see or change this record", for its own records and for every plugin's
/// registered record types: an admin everything; a rep what it owns; a manager its team's; everyone what an enabled
/// module shares (the public pool) for reading; orders and interactions as their customer; a plugin's record by its
/// owner and team, else as its parent. Plugins ask it and keep no role rules of their own.
/// </summary>
public interface IRecordAccess
{
    /// <summary>Whether <paramref name="user"/> may do <paramref name="right"/> to <paramref name="record"/>; false when there is no such record.</summary>
    Task<bool> AllowsAsync(ActingUser user, AccessRight right, RecordRef record, CancellationToken cancellationToken);

    /// <summary>
    /// Throws <see cref="RecordAccessDeniedException"/> unless <paramref name="user"/> may do <paramref name="right"/> to
    /// <paramref name="record"/>: hiding the record's existence when the user may not read it (or it does not exist),
    /// a plain refusal when it may read but not change it.
    /// </summary>
    Task DemandAsync(ActingUser user, AccessRight right, RecordRef record, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="ids"/> of <paramref name="recordType"/>, those <paramref name="user"/> may do <paramref name="right"/> to.</summary>
    Task<IReadOnlySet<long>> FilterAsync(ActingUser user, AccessRight right, string recordType, IEnumerable<long> ids, CancellationToken cancellationToken);

    /// <summary>Every record of one of the host's <see cref="RecordTypes"/> that <paramref name="user"/> reads, to narrow a query with.</summary>
    Task<RecordScope> ScopeAsync(ActingUser user, string recordType, CancellationToken cancellationToken);

    /// <summary>The owner and team rule alone, for a plugin's record with <paramref name="owner"/>: admins, the owner, its team's manager.</summary>
    bool Allows(ActingUser user, AccessRight right, RecordOwner owner);

    /// <summary>Whether <paramref name="user"/> meets a policy of <see cref="CrmPolicies"/>, for code that runs without an endpoint.</summary>
    bool Meets(ActingUser user, string policy);
}
