using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

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
