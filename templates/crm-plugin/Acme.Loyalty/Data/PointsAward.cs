namespace Acme.Loyalty.Data;

/// <summary>The points one order earned its customer; core records are referenced by id only.</summary>
public sealed class PointsAward
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long OrderId { get; set; }
    public long Points { get; set; }
    public DateTime AwardedUtc { get; set; }
}
