namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>Value scoring's <c>GET /api/value-scoring/kpis</c>, the fields the screen shows.</summary>
public sealed record ValueKpis(long RunId, DateOnly AsOf, int Customers, int Warnings,
    IReadOnlyList<ValueKpis.Group> Segments, IReadOnlyList<ValueKpis.Group> Classes, ValueKpis.Spread Clv)
{
    public sealed record Group(string Name, int Customers, decimal ValueShare);

    public sealed record Spread(string Measure, decimal Total, decimal Mean, decimal P10, decimal P25, decimal Median, decimal P75, decimal P90, IReadOnlyList<Slice> Deciles);

    /// <summary>One of ten equal-count slices of the customers by CLV, lowest first.</summary>
    public sealed record Slice(int Decile, decimal From, decimal To, int Customers, decimal Total);
}
