namespace PluginCrm.Host.Api;

/// <summary>Collects validation problems per field, so a caller learns of all of them at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
            errors[field] = list = [];
        list.Add(message);
    }

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>Every problem, field by field in the order they were found.</summary>
    public IEnumerable<(string Field, string Reason)> All => errors.Select(e => (e.Key, string.Join(" ", e.Value)));

    public void ThrowIfAny()
    {
        if (Any)
            throw new InputException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
