using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Templates.Store;

/// <summary>The <c>templates</c> and <c>template_versions</c> tables.</summary>
public static class TemplateModel
{
    public const int MaxBodyLength = 100_000;

    public static void ConfigureTemplates(this ModelBuilder model)
    {
        model.Entity<TemplateRow>(e =>
        {
            e.ToTable("templates");
            e.Property(t => t.Key).HasMaxLength(100);
            e.HasIndex(t => t.Key).IsUnique();
            e.Property(t => t.Description).HasMaxLength(500);
            e.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<TemplateVersionRow>(e =>
        {
            e.ToTable("template_versions");
            e.Property(v => v.CreatedBy).HasMaxLength(254);
            // Two saves racing for the same number: one of them fails here instead of both succeeding.
            e.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        });
    }
}
