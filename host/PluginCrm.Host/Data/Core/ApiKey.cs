using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Data.Core;

/// <summary>A key for an integration. Only a hash is kept; the key itself is shown once, when created.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public CrmRole Role { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
