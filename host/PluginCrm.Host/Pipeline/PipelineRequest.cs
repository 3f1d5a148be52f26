using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// One change to run through the pipeline. <paramref name="Core"/> is the host's operation (stage 30): it
/// writes <c>target</c> (as steps left it) with the scoped CrmDbContext and returns the record as stored.
/// </summary>
public sealed record PipelineRequest<TRecord>(
    string Message,
    string RecordType,
    ActingUser User,
    TRecord? Before,
    TRecord? Target,
    Func<TRecord?, CancellationToken, Task<TRecord?>> Core,
    Func<TRecord, long> IdOf) where TRecord : class
{
    /// <summary>Why the change is made, kept in the audit entry (the system's own moves say why).</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The host's own consequence of the change (an order moves its customer's lifecycle stage), run in the transaction
    /// after the change is audited and before PostOperation steps; it may run messages of its own.
    /// </summary>
    public Func<TRecord?, CancellationToken, Task>? Then { get; init; }
}
