namespace PluginCrm.Host.Data.Core;

public sealed class Product : RecordEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Series { get; set; }
    public decimal? Price { get; set; }
}
