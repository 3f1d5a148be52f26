namespace PluginCrm.Host.Demo.Scale;

/// <summary>What <c>crm demo generate</c> makes: <see cref="Customers"/> customers with <see cref="OrdersPerCustomer"/> orders each on average, from <see cref="Seed"/>.</summary>
public sealed record ScaleSize(int Customers, int OrdersPerCustomer, int Seed)
{
    public const int MaxCustomers = 100_000_000;
    public const int MaxOrdersPerCustomer = 100;

    public long Orders => (long)Customers * OrdersPerCustomer;
}
