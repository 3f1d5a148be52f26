using System.Globalization;
using PluginCrm.Host.Kpis.Acquisition;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Kpis.ForPlugins;

/// <summary>The SDK's <see cref="ICrmKpis"/>: the host's KPI figures, computed exactly as its reports compute them.</summary>
public sealed class PluginKpis(AcquisitionKpis acquisition, Retention.RetentionKpis retention) : ICrmKpis
{
    public async Task<AcquisitionCost> AcquisitionAsync(ActingUser user, DateOnly? from, DateOnly? to, long? teamId, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var query = new KpiQuery(from, to, TeamId: teamId);
        var book = await acquisition.LoadAsync(user, query, cancellationToken);
        var figures = book.Figures(KpiGroup.All, query.Window);
        return new AcquisitionCost(from, to, teamId, figures.Spend, book.NewCustomers.Select(c => c.CustomerId).Order().ToList(), figures.CostPerNewCustomer);
    }

    public Task<RetentionCohort> RetentionAsync(ActingUser user, DateOnly from, DateOnly? to, long? teamId, long? ownerId, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        return retention.CohortAsync(user, new KpiQuery(from, to, TeamId: teamId, OwnerId: ownerId), cancellationToken);
    }

    private static void CheckPeriod(DateOnly? from, DateOnly? to)
    {
        if (from is { } first && to is { } last && last <= first)
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                ["to"] = [$"must be after from ({first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); the period includes from and excludes to"],
            });
    }
}
