namespace PluginCrm.Host.Kpis.Conversion;

/// <summary>
/// Lead-to-customer conversion of the leads captured in a period: <see cref="ConversionRate"/> = converted ÷ leads,
/// null when no lead was captured. A lead counts as converted when it has a customer (<c>customerId</c>), as of now,
/// whenever that happened. An exact decimal, not rounded.
/// </summary>
public sealed record ConversionFigures(int Leads, int Converted, decimal? ConversionRate)
{
    public static ConversionFigures Of(IReadOnlyList<CapturedLead> leads)
    {
        var converted = leads.Count(l => l.Converted);
        return new ConversionFigures(leads.Count, converted, leads.Count == 0 ? null : (decimal)converted / leads.Count);
    }
}
