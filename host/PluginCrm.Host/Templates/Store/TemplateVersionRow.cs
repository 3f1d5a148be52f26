using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Templates.Store;

/// <summary>One saved body of a template. Rows are only ever added, so every earlier version stays readable.</summary>
public sealed class TemplateVersionRow
{
    public long Id { get; set; }
    public long TemplateId { get; set; }
    public int Number { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>The <c>template_versions</c> table.</summary>
public sealed class TemplateVersionRowConfiguration : IEntityTypeConfiguration<TemplateVersionRow>
{
    public void Configure(EntityTypeBuilder<TemplateVersionRow> e)
    {
        e.ToTable("template_versions");
        e.Property(v => v.CreatedBy).HasMaxLength(254);
        // Two saves racing for the same number: one of them fails here instead of both succeeding.
        e.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
    }
}
