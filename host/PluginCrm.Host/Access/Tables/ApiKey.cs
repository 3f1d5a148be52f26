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
}

/// <summary>The <c>api_keys</c> table.</summary>
public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.ToTable("api_keys");
        e.Property(k => k.Name).HasMaxLength(100);
        e.HasIndex(k => k.KeyHash).IsUnique();
    }
}
