using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Tenants;

public sealed class TenantOptions
{
    /// <summary>
    /// How often a server with tenants reads <c>tenants.json</c> again, to start a tenant added there and stop one removed,
    /// without a restart; 0 reads it at start only.
    /// </summary>
    [Range(0.0, 3_600.0, ErrorMessage = "Tenants:RefreshSeconds must be between 0 and 3600")]
    public double RefreshSeconds { get; set; } = 2;
}
