using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Idempotency;

/// <summary>The <c>idempotency_keys</c> table: one row per caller and key, so two retries at once record one request.</summary>
public sealed class IdempotencyModel : IEntityTypeConfiguration<IdempotencyRow>
{
    public void Configure(EntityTypeBuilder<IdempotencyRow> e)
    {
        e.ToTable("idempotency_keys");
        e.Property(r => r.Caller).HasMaxLength(220);
        e.Property(r => r.Key).HasMaxLength(IdempotencyMiddleware.MaxKeyLength);
        e.Property(r => r.RequestHash).HasMaxLength(64);
        e.Property(r => r.ContentType).HasMaxLength(200);
        e.Property(r => r.Location).HasMaxLength(2000);
        e.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
        e.HasIndex(r => r.CreatedUtc);
    }
}
