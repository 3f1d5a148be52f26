using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Templates.Store;

/// <summary>A template by its key; its bodies live in <see cref="TemplateVersionRow"/>, never overwritten.</summary>
public sealed class TemplateRow
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public TemplateKind Kind { get; set; }
    public string? Description { get; set; }

    /// <summary>The version number rendered by default: the latest save or restore.</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public List<TemplateVersionRow> Versions { get; set; } = [];
}

/// <summary>The <c>templates</c> table.</summary>
public sealed class TemplateRowConfiguration : IEntityTypeConfiguration<TemplateRow>
{
    public void Configure(EntityTypeBuilder<TemplateRow> e)
    {
        e.ToTable("templates");
        e.Property(t => t.Key).HasMaxLength(100);
        e.HasIndex(t => t.Key).IsUnique();
        e.Property(t => t.Description).HasMaxLength(500);
        e.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}
