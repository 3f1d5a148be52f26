using System.Globalization;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.ForPlugins;

/// <summary>The SDK's <see cref="ICrmKpis"/>: the host's KPI figures, computed exactly as its reports compute them.</summary>
public sealed class PluginKpis(AcquisitionKpis acquisition) : ICrmKpis
{
    public async Task<AcquisitionCost> AcquisitionAsync(ActingUser user, DateOnly? from, DateOnly? to, long? teamId, CancellationToken cancellationToken)
    {
        if (from is { } first && to is { } last && last <= first)
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                ["to"] = [$"must be after from ({first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); the period includes from and excludes to"],
            });
        var query = new KpiQuery(from, to, TeamId: teamId);
        var book = await acquisition.LoadAsync(user, query, cancellationToken);
        var figures = book.Figures(KpiGroup.All, query.Window);
        return new AcquisitionCost(from, to, teamId, figures.Spend, book.NewCustomers.Select(c => c.CustomerId).Order().ToList(), figures.CostPerNewCustomer);
    }
}
