namespace PluginCrm.Host.Kpis.Acquisition;

/// <summary>Marketing and sales spend allocated to one group over one window.</summary>
public sealed record AllocatedSpend(decimal Marketing, decimal Sales)
{
    public static readonly AllocatedSpend None = new(0m, 0m);

    public decimal Total => Marketing + Sales;

    public AllocatedSpend Plus(AllocatedSpend other) => new(Marketing + other.Marketing, Sales + other.Sales);

    /// <summary>The part <paramref name="part"/> ÷ <paramref name="whole"/> of it; none when the whole is 0.</summary>
    public AllocatedSpend Share(int part, int whole) =>
        whole == 0 ? None : new(Marketing * part / whole, Sales * part / whole);
}
