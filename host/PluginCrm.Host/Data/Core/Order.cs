namespace PluginCrm.Host.Data.Core;

public sealed class Order : RecordEntity
{
    public string Number { get; set; } = "";
    public long CustomerId { get; set; }
    public DateTime OrderedUtc { get; set; }
    public decimal Total { get; set; }
    public string Currency { get; set; } = "USD";
    public List<OrderLine> Lines { get; set; } = [];
}
