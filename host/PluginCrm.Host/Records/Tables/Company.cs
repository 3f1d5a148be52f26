using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

public sealed class Company : RecordEntity
{
    public string Name { get; set; } = "";
    public string? Industry { get; set; }
    public string? Region { get; set; }
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }
    public long? ParentId { get; set; }

    /// <summary>The name's <see cref="ContactKeys.Company"/>, kept by the record kind on every write: customers are searched by it.</summary>
    public string? NameKey { get; set; }
}

/// <summary>The <c>companies</c> table.</summary>
public sealed class CompanyConfiguration : RecordConfiguration<Company>
{
    protected override string Table => "companies";

    protected override void ConfigureRecord(EntityTypeBuilder<Company> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.NameKey).HasMaxLength(200);
        e.HasIndex(c => c.Name).IsUnique();
    }
}
