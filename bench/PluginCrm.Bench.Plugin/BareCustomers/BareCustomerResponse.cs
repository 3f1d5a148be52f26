using PluginCrm.Bench.Plugin.Data;

namespace PluginCrm.Bench.Plugin.BareCustomers;

// The row back, as POST /api/customers returns its record, so both scenarios write a body of a similar kind.
public sealed record BareCustomerResponse(long Id, string Name, string? Email, IReadOnlyList<string> Tags, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public static BareCustomerResponse From(BareCustomer c) =>
        new(c.Id, c.Name, c.Email, c.Tags.Split('|', StringSplitOptions.RemoveEmptyEntries), c.CreatedUtc, c.UpdatedUtc);
}
