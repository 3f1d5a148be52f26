using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Pipeline;

/// <summary>What a step sees of the message being handled.</summary>
public sealed class PipelineContext
{
    /// <summary>Creates a context; the host does this, and tests of a step may too.</summary>
    public PipelineContext(string message, PipelineStage stage, int depth, ActingUser user, object? before, object? target, IDictionary<string, object?>? sharedVariables = null)
    {
        Message = message;
        Stage = stage;
        Depth = depth;
        User = user;
        Before = before;
        Target = target;
        SharedVariables = sharedVariables ?? new Dictionary<string, object?>();
    }

    /// <summary>The message name, e.g. <c>lead.create</c>.</summary>
    public string Message { get; }

    /// <summary>The stage this step runs in.</summary>
    public PipelineStage Stage { get; }

    /// <summary>1 for a change a caller made; more when a step's own change triggered this one. The host stops loops at a cap.</summary>
    public int Depth { get; }

    /// <summary>Who initiated the change.</summary>
    public ActingUser User { get; }

    /// <summary>
    /// The record before the change (a record type of <c>PluginCrm.Sdk.Records</c> for <see cref="CoreMessages"/>, the
    /// declaring plugin's record type for its messages); null on create.
    /// </summary>
    public object? Before { get; }

    /// <summary>
    /// The record as it will be written (PreValidation, PreOperation: a step may replace it with a changed copy)
    /// or as it was written (PostOperation, PostCommit, with its id); null on delete.
    /// </summary>
    public object? Target { get; set; }

    /// <summary>Values steps pass to later steps of the same message (kept across stages, PostCommit included when serialisable).</summary>
    public IDictionary<string, object?> SharedVariables { get; }

    /// <summary>The target as <typeparamref name="T"/>, or an error naming what it is.</summary>
    public T TargetAs<T>() where T : class =>
        Target as T ?? throw new InvalidOperationException($"{Message} carries {Target?.GetType().Name ?? "no record"}, not {typeof(T).Name}");

    /// <summary>The before image as <typeparamref name="T"/>, or null on create.</summary>
    public T? BeforeAs<T>() where T : class => Before as T;
}
