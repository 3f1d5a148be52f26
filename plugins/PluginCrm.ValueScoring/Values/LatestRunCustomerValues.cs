using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Modules;
using PluginCrm.ValueScoring.Contracts;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Values;

/// <summary>
/// <see cref="ICustomerValues"/> for other plugins, from the latest run. The CLV is the BG/NBD + Gamma-Gamma value
/// over the run's horizon when the run could fit them, else the simple CLV. Null while the module is off.
/// </summary>
public sealed class LatestRunCustomerValues(ValueScoringDbContext db, IModuleSwitches modules) : ICustomerValues
{
    public const string PluginId = "value-scoring";

    public async Task<CustomerValue?> GetAsync(long customerId, CancellationToken cancellationToken)
    {
        if (!await modules.IsEnabledAsync(PluginId, cancellationToken) || await ScoringRunner.LatestAsync(db, cancellationToken) is not { } run)
            return null;
        var row = await db.Scores.AsNoTracking().SingleOrDefaultAsync(s => s.RunId == run.Id && s.CustomerId == customerId, cancellationToken);
        return row is null ? null : new CustomerValue(customerId, row.AsOf, row.AbcClass, row.Segment, row.Clv ?? row.SimpleClv, row.Warning);
    }
}
