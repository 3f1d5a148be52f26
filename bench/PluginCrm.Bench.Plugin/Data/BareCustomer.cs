namespace PluginCrm.Bench.Plugin.Data;

/// <summary>A customer row without the host's rules: the fields the benchmark sends, and timestamps.</summary>
public sealed class BareCustomer
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }

    /// <summary>As the host stores tags: <c>|a|b|</c>.</summary>
    public string Tags { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
