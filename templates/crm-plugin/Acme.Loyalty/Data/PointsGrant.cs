namespace Acme.Loyalty.Data;

/// <summary>Points a user gave a customer by hand (goodwill after a complaint, a birthday), with the reason.</summary>
public sealed class PointsGrant
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long Points { get; set; }
    public string Reason { get; set; } = "";
    public long? GrantedBy { get; set; }
    public DateTime GrantedUtc { get; set; }
}
