using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

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
