namespace PluginCrm.Host.Data.Core;

public sealed class OrderLine
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public int LineNumber { get; set; }
    public long? ProductId { get; set; }
    public required string Description { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}
