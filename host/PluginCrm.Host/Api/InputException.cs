namespace PluginCrm.Host.Api;

/// <summary>Input that does not validate, with every problem per field; the caller gets a 400.</summary>
public sealed class InputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public InputException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
