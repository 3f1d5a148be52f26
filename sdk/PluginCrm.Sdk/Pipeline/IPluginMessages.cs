using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Pipeline;

/// <summary>
/// Runs a change to a record a plugin owns (a type it registered with <c>IPluginBuilder.AddRecordType</c>, e.g. the feedback
/// module's <c>complaint</c>) through the host's pipeline, exactly as core changes run: other plugins' steps for the
/// message, one transaction with the plugin's own write, an audit entry, and PostCommit steps from the outbox. The message
/// must be one a plugin declared with <c>IPluginBuilder.AddMessage</c>; core messages (<see cref="CoreMessages"/>) are
/// refused: those go through <c>ICrmRecords</c>.
/// </summary>
public interface IPluginMessages
{
    /// <summary>
    /// Runs <paramref name="message"/>; returns the record as <see cref="PluginMessage{TRecord}.Write"/> stored it. A step's
    /// refusal throws its <see cref="PipelineValidationException"/> and nothing is written.
    /// </summary>
    Task<TRecord> RunAsync<TRecord>(PluginMessage<TRecord> message, CancellationToken cancellationToken) where TRecord : class;
}

/// <summary>One change to a plugin-owned record.</summary>
/// <param name="Name">The message, <c>&lt;record&gt;.&lt;verb&gt;</c>, e.g. <c>complaint.close</c>.</param>
/// <param name="User">Who makes the change.</param>
/// <param name="Before">The record as it was; null on create.</param>
/// <param name="Target">The record as it should be (PreValidation and PreOperation steps may change it).</param>
/// <param name="Write">
/// The plugin's own write of the target as the steps left it, inside the change's transaction (through the plugin's
/// DbContext); returns the record as stored, with its id. Throw <see cref="Records.RecordConflictException"/> when the
/// stored record changed since <paramref name="Before"/> was read.
/// </param>
public sealed record PluginMessage<TRecord>(string Name, ActingUser User, TRecord? Before, TRecord Target, Func<TRecord, CancellationToken, Task<TRecord>> Write)
    where TRecord : class;
