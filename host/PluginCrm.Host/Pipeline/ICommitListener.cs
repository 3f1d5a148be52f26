using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Told of every change just before the pipeline commits it, inside its transaction, so that what it writes (a
/// webhook's delivery) commits or rolls back with the change. It adds rows to the scope's context; the pipeline saves.
/// </summary>
public interface ICommitListener
{
    /// <returns>True when it queued something the outbox loop delivers, so the loop is woken after the commit.</returns>
    Task<bool> OnCommittingAsync(CommittingChange change, CancellationToken ct);
}

/// <summary>A change about to commit: its message, record type, who made it, and its record before and after.</summary>
public sealed record CommittingChange(string Message, string RecordType, ActingUser User, object? Before, object? After);
