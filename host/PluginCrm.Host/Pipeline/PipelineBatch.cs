using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Many changes of one message at once (an import's batch), each with its record before and its target. <paramref name="Core"/>
/// is the host's operation for all of them: it writes the targets (as steps left them) and returns the records as stored,
/// in the same order.
/// </summary>
public sealed record PipelineBatch<TRecord>(
    string Message,
    string RecordType,
    ActingUser User,
    IReadOnlyList<(TRecord? Before, TRecord Target)> Items,
    Func<IReadOnlyList<TRecord>, CancellationToken, Task<IReadOnlyList<TRecord>>> Core,
    Func<TRecord, long> IdOf) where TRecord : class
{
    /// <summary>The host's own consequences of the written records (orders moving their customers' stages), as <see cref="PipelineRequest{TRecord}.Then"/>.</summary>
    public Func<IReadOnlyList<TRecord>, CancellationToken, Task>? Then { get; init; }
}
