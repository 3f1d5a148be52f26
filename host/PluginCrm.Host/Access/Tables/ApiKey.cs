using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access.Tables;

/// <summary>A key for an integration. Only a hash is kept; the key itself is shown once, when created.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public CrmRole Role { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    /// <summary>What the key may call, space-separated <c>area:read</c> and <c>area:write</c> (<c>leads:write orders:write</c>); null for everything its role may.</summary>
    public string? Scopes { get; set; }

    /// <summary>The team whose records the key reaches, as that team's manager would; null for the role's whole reach.</summary>
    public long? TeamId { get; set; }
    public DateTime? ExpiresUtc { get; set; }

    /// <summary>Requests a minute the key may make (per host process); null for <c>Access:ApiKeyRequestsPerMinute</c>.</summary>
    public int? RequestsPerMinute { get; set; }
}

/// <summary>The <c>api_keys</c> table.</summary>
public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.ToTable("api_keys");
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.Scopes).HasMaxLength(2000);
        e.HasIndex(k => k.KeyHash).IsUnique();
    }
}
