using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Records.Tables;

public sealed class Order : RecordEntity
{
    public string Number { get; set; } = "";
    public long CustomerId { get; set; }
    public DateTime OrderedUtc { get; set; }
    public decimal Total { get; set; }
    public string Currency { get; set; } = "USD";
    public List<OrderLine> Lines { get; set; } = [];
}

/// <summary>The <c>orders</c> table.</summary>
public sealed class OrderConfiguration : RecordConfiguration<Order>
{
    protected override string Table => "orders";

    protected override void ConfigureRecord(EntityTypeBuilder<Order> e)
    {
        e.Property(o => o.Number).HasMaxLength(64);
        e.Property(o => o.Currency).HasMaxLength(3);
        e.HasIndex(o => o.Number).IsUnique();
        // A customer's orders by time (its timeline, a plugin's bulk purchase read), and whether it bought before a day (a new
        // customer, the lifecycle): with the total and whether it is deleted, answered from the index alone.
        e.HasIndex(o => new { o.CustomerId, o.OrderedUtc, o.Total, o.DeletedUtc });
        // The KPIs read a period's orders for every customer: covering, so a month of orders is read from the index alone
        // (without DeletedUtc each order's row was read for it: an admin's month at a million customers, 1.2 s to 2.7 s).
        e.HasIndex(o => new { o.OrderedUtc, o.CustomerId, o.Total, o.DeletedUtc });
        e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
