using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

public sealed class Lead : RecordEntity, IOwned
{
    public string Name { get; set; } = "";
    public string? CompanyName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Source { get; set; }
    public string? Region { get; set; }
    public string? Industry { get; set; }
    public string? Language { get; set; }
    public string? Product { get; set; }
    public decimal? EstimatedValue { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public LeadStatus Status { get; set; }
    public long? CustomerId { get; set; }

    /// <summary>The deal the lead's conversion opened.</summary>
    public long? ConvertedDealId { get; set; }

    /// <summary>The phone's <see cref="ContactKeys.Phone"/>, kept by the record kind on every write, for search.</summary>
    public string? PhoneKey { get; set; }

    /// <summary>The name's <see cref="ContactKeys.Name"/>, kept by the record kind on every write, for search.</summary>
    public string? NameKey { get; set; }

    /// <summary>The company name's <see cref="ContactKeys.Company"/>, kept by the record kind on every write, for search.</summary>
    public string? CompanyKey { get; set; }
}

/// <summary>The <c>leads</c> table.</summary>
public sealed class LeadConfiguration : RecordConfiguration<Lead>
{
    protected override string Table => "leads";

    protected override void ConfigureRecord(EntityTypeBuilder<Lead> e)
    {
        e.Property(l => l.Name).HasMaxLength(200);
        e.HasIndex(l => l.OwnerId);
        e.HasIndex(l => l.Email);
        e.HasIndex(l => l.Phone);
        e.Property(l => l.PhoneKey).HasMaxLength(40);
        e.Property(l => l.NameKey).HasMaxLength(200);
        e.Property(l => l.CompanyKey).HasMaxLength(200);
        e.HasIndex(l => l.PhoneKey);
    }
}
