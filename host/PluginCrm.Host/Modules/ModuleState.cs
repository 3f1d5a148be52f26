using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Modules;

/// <summary>An admin's switch for one module. No row means the module is enabled.</summary>
public sealed class ModuleState
{
    public required string PluginId { get; set; }
    public bool Enabled { get; set; }
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}

/// <summary>The <c>modules</c> table.</summary>
public sealed class ModuleStateConfiguration : IEntityTypeConfiguration<ModuleState>
{
    public void Configure(EntityTypeBuilder<ModuleState> e)
    {
        e.ToTable("modules");
        e.HasKey(m => m.PluginId);
        e.Property(m => m.PluginId).HasMaxLength(40);
        e.Property(m => m.ChangedBy).HasMaxLength(100);
    }
}
