using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Spend;

/// <summary>The <c>spend</c> table.</summary>
public static class SpendModel
{
    public const int MaxNoteLength = 500;

    public static void ConfigureSpend(this ModelBuilder model) => model.Entity<SpendRow>(e =>
    {
        e.ToTable("spend");
        e.Property(s => s.Currency).HasMaxLength(3);
        e.Property(s => s.Note).HasMaxLength(MaxNoteLength);
        e.Ignore(s => s.Days);
        e.HasIndex(s => new { s.From, s.To });
        e.HasIndex(s => s.TeamId);
    });
}
