using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Access.Tables;

/// <summary>A record a module shows to every user (the public pool); it counts only while that module is enabled.</summary>
public sealed class RecordShare
{
    public long Id { get; set; }
    public string RecordType { get; set; } = "";
    public long RecordId { get; set; }
    public string PluginId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>The <c>record_shares</c> table.</summary>
public sealed class RecordShareConfiguration : IEntityTypeConfiguration<RecordShare>
{
    public void Configure(EntityTypeBuilder<RecordShare> e)
    {
        e.ToTable("record_shares");
        e.Property(s => s.RecordType).HasMaxLength(20);
        e.Property(s => s.PluginId).HasMaxLength(40);
        e.HasIndex(s => new { s.RecordType, s.RecordId, s.PluginId }).IsUnique();
    }
}
