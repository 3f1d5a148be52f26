using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Spend;

/// <summary>The <c>spend</c> table.</summary>
public sealed class SpendModel : IEntityTypeConfiguration<SpendRow>
{
    public const int MaxNoteLength = 500;

    public void Configure(EntityTypeBuilder<SpendRow> e)
    {
        e.ToTable("spend");
        e.Property(s => s.Currency).HasMaxLength(3);
        e.Property(s => s.Note).HasMaxLength(MaxNoteLength);
        e.Ignore(s => s.Days);
        e.HasIndex(s => new { s.From, s.To });
        e.HasIndex(s => s.TeamId);
    }
}
