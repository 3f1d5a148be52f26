using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>
/// Why the KPIs sum money in SQL but never average it there: money is stored as integer ten-thousandths
/// (MoneyConverter). SUM adds the integers and EF converts the total back: exact. AVG makes SQLite answer a REAL,
/// which EF reads back through the integer converter, dropping what lies below a ten-thousandth.
/// </summary>
[Collection(KpiCollection.Name)]
public sealed class MoneySqlTests(KpiData data)
{
    [Fact]
    public async Task Sql_sums_of_money_are_exact_and_sql_averages_are_not()
    {
        await using var scope = data.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var alicesWins = db.Deals.Where(d => d.OwnerId == data.Alice && d.Stage == DealStage.Won);

        // 1000 + 2500.50 + 199.9999 + 999 + 100 = 4799.4999, over 5 deals.
        Assert.Equal(4799.4999m, await alicesWins.SumAsync(d => d.Value));
        Assert.Equal([4799.4999m], await alicesWins.GroupBy(d => d.OwnerId).Select(g => g.Sum(d => d.Value)).ToListAsync());
        // The exact mean is 959.89998; SQLite's AVG gives 9598999.8 ten-thousandths, read back as 9598999.
        Assert.NotEqual(4799.4999m / 5, await alicesWins.AverageAsync(d => d.Value));
    }
}
