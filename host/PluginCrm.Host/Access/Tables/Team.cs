using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access.Tables;

public sealed class Team : RecordEntity
{
    public string Name { get; set; } = "";
    public string? Region { get; set; }
    public long? ManagerId { get; set; }
}

/// <summary>The <c>teams</c> table.</summary>
public sealed class TeamConfiguration : RecordConfiguration<Team>
{
    protected override string Table => "teams";

    protected override void ConfigureRecord(EntityTypeBuilder<Team> e)
    {
        e.Property(t => t.Name).HasMaxLength(100);
        e.HasIndex(t => t.Name).IsUnique();
    }
}
