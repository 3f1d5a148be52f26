using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Settings;

/// <summary>The settings an admin saved for one plugin, as a JSON object of the changed fields.</summary>
public sealed class PluginSettingsRow
{
    public required string PluginId { get; set; }
    public string Json { get; set; } = "{}";
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}

/// <summary>The <c>plugin_settings</c> table.</summary>
public sealed class PluginSettingsRowConfiguration : IEntityTypeConfiguration<PluginSettingsRow>
{
    public void Configure(EntityTypeBuilder<PluginSettingsRow> e)
    {
        e.ToTable("plugin_settings");
        e.HasKey(s => s.PluginId);
        e.Property(s => s.PluginId).HasMaxLength(40);
        e.Property(s => s.ChangedBy).HasMaxLength(100);
    }
}
