namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Items of a batch were refused (a field's check, a plugin's step), each named by its place in the batch, so that the
/// caller can name the row it came from. Nothing of the batch may be kept: the caller's transaction rolls back.
/// </summary>
public sealed class BatchRefusedException(IReadOnlyList<BatchItemError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"item {e.Index}, {e.Field}: {e.Reason}")))
{
    public IReadOnlyList<BatchItemError> Errors { get; } = errors;
}

/// <summary>One refused field of the item at <paramref name="Index"/> in its batch.</summary>
public sealed record BatchItemError(int Index, string Field, string Reason);
