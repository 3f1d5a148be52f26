namespace Acme.Loyalty.Balance;

/// <summary>A customer's points, earned over <paramref name="Orders"/> orders.</summary>
public sealed record CustomerBalance(long CustomerId, long Points, int Orders);
