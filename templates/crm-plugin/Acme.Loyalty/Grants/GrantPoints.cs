namespace Acme.Loyalty.Grants;

/// <summary>Points given by hand; everything nullable so that a missing value is a field error, not an unreadable body.</summary>
public sealed record GrantPoints(long? CustomerId, long? Points, string? Reason);
