namespace PluginCrm.Sdk.Pipeline;

/// <summary>Where a step runs in the handling of a message. The core operation (30) belongs to the host.</summary>
public enum PipelineStage
{
    /// <summary>Before the transaction; may reject the change with a <see cref="PipelineValidationException"/>.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the core operation; may change <see cref="PipelineContext.Target"/>.</summary>
    PreOperation = 20,

    /// <summary>Inside the transaction, after the core operation; a throw rolls the whole change back.</summary>
    PostOperation = 40,

    /// <summary>After commit, from the outbox: at least once, retried with back-off, never lost.</summary>
    PostCommit = 50,
}
