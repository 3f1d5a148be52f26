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
    Func<TRecord, long> IdOf) where TRecord : class;
