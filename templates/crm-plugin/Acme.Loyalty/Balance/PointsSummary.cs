namespace Acme.Loyalty.Balance;

/// <summary>The points of the customers a user may read: how many customers have any, and their points in all.</summary>
public sealed record PointsSummary(int Customers, long Points);
