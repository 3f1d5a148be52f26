using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>A data folder with 40 customers made over HTTP by a host that loaded the plugin from disk; the CLI tests share it.</summary>
public sealed class CliDataFixture : IAsyncLifetime
{
    public readonly string DataDir = Directory.CreateTempSubdirectory("plugincrm-vs-data-").FullName;
    public readonly string PluginsDir = BuiltHost.PluginsFolderWithValueScoring();

    public async Task InitializeAsync()
    {
        await using var host = await CrmTestHost.StartAsync(o => (o.DataDirectory, o.PluginsDirectory) = (DataDir, PluginsDir));
        for (var i = 0; i < Customers; i++)
        {
            var customer = await SmallCrm.CustomerAsync(host, $"Customer {i}");
            foreach (var (day, amount) in Purchases(i))
                await SmallCrm.OrderAsync(host, customer, day.ToString("yyyy-MM-dd"), amount);
        }
    }

    public const int Customers = 40;
    public static readonly DateOnly CalibrationEnd = new(2025, 6, 30);

    private static readonly DateOnly FirstDay = new(2025, 1, 6);

    /// <summary>
    /// Customer i buys every 7·(1 + i mod 4) days from 2025-01-06 + i days, amounts varying per purchase: 1 + i mod 6
    /// times, or, one customer in four, weekly until the calibration end. Those who keep buying give the dropout
    /// probability its spread; without them the BG/NBD likelihood of these customers rises towards a, b → ∞ and has no
    /// interior maximum.
    /// </summary>
    public static IEnumerable<(DateOnly Day, decimal Amount)> Purchases(int i) =>
        Enumerable.Range(0, i % 4 == 0 ? (CalibrationEnd.DayNumber - FirstDay.DayNumber - i) / 7 + 1 : 1 + i % 6)
            .Select(k => (FirstDay.AddDays(i + k * 7 * (1 + i % 4)), 5m + i * 7 % 23 + (k * 11 + i * 5) % 19));

    public Task DisposeAsync()
    {
        Directory.Delete(DataDir, recursive: true);
        Directory.Delete(PluginsDir, recursive: true);
        return Task.CompletedTask;
    }

}

