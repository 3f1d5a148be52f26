using System.Globalization;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// How the screen writes a figure, in the user's language: the API's exact decimals rounded for reading only (money to
/// cents, rates to a tenth of a percent), a dash where the API says null (not defined, not zero).
/// </summary>
public static class KpiFormat
{
    public const string None = "–";

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Money(decimal? amount) => amount?.ToString("N2", CultureInfo.CurrentCulture) ?? None;

    public static string Rate(decimal? rate) => rate?.ToString("P1", CultureInfo.CurrentCulture) ?? None;

    /// <summary>A share the module already gives in percent (value scoring's 0 to 100).</summary>
    public static string Percent(decimal share) => (share / 100).ToString("P1", CultureInfo.CurrentCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
