namespace PluginCrm.LeadAssignment.Pool;

/// <summary>
/// The record types the pool holds, named as the pool's list names them (<c>customer</c>) or as a claim's path does
/// (<c>customers</c>): both forms are taken wherever a caller names one.
/// </summary>
public static class PoolTypes
{
    public const string Expected = "customer or lead (or customers, leads)";

    /// <summary>The type as the pool stores it (<c>customer</c>, <c>lead</c>), or null for a name that is neither.</summary>
    public static string? Parse(string name) => name switch
    {
        "customer" or "customers" => "customer",
        "lead" or "leads" => "lead",
        _ => null,
    };
}
