using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Records.Tables;

public sealed class Product : RecordEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Series { get; set; }
    public decimal? Price { get; set; }
}

/// <summary>The <c>products</c> table.</summary>
public sealed class ProductConfiguration : RecordConfiguration<Product>
{
    protected override string Table => "products";

    protected override void ConfigureRecord(EntityTypeBuilder<Product> e)
    {
        e.Property(p => p.Code).HasMaxLength(64);
        e.HasIndex(p => p.Code).IsUnique();
    }
}
