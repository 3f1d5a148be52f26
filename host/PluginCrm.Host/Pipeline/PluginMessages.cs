using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// <see cref="IPluginMessages"/>: a plugin's change to a record it owns runs through <see cref="MessagePipeline"/> with
/// the plugin's write as the core operation, so other plugins' steps, the audit and the outbox treat it as any change.
/// </summary>
public sealed class PluginMessages(MessagePipeline pipeline, MessageCatalog messages) : IPluginMessages
{
    public async Task<TRecord> RunAsync<TRecord>(PluginMessage<TRecord> message, CancellationToken cancellationToken) where TRecord : class
    {
        var dot = message.Name.IndexOf('.');
        var recordName = dot > 0 && dot < message.Name.Length - 1 ? message.Name[..dot] : throw new ArgumentException(
            $"'{message.Name}' is not a message name: write <record>.<verb>, e.g. complaint.close", nameof(message));
        var owned = messages.PluginOwned(recordName) ?? throw new InvalidOperationException(MessageCatalog.IsCore(recordName)
            ? $"{message.Name} changes a core record: use ICrmRecords, which runs the host's own checks"
            : $"'{recordName}' is not a record type any loaded plugin registered; {message.Name} cannot run through the pipeline");
        if (!messages.IsDeclared(message.Name))
            throw new InvalidOperationException($"{message.Name} is not declared: the plugin that owns '{recordName}' declares its messages with AddMessage");
        if (owned.RecordType != typeof(TRecord))
            throw new InvalidOperationException($"{message.Name} carries a {owned.RecordType.Name}, not a {typeof(TRecord).Name}");

        var stored = await pipeline.RunAsync(new PipelineRequest<TRecord>(message.Name, recordName, message.User, message.Before, message.Target,
            async (target, ct) => await message.Write(target!, ct), record => owned.IdOf(record)), cancellationToken);
        return stored!;
    }
}
