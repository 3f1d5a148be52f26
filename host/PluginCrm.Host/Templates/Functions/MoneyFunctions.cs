using System.Collections.Frozen;
using System.Globalization;
using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Templates.Functions;

/// <summary>
/// <c>crm_money</c>: <c>{{ crm_money.format order.total 'CNY' 'zh-CN' }}</c> → ¥1,234.50. The amount stays a
/// <see cref="decimal"/> (no floating point); the currency's symbol and decimals come from .NET's
/// <see cref="RegionInfo"/> data, the grouping and sign placement from the culture.
/// </summary>
public static class MoneyFunctions
{
    public const string Namespace = "crm_money";

    /// <summary>ISO 4217 code → a region using it (for its symbol) and the number of decimals.</summary>
    private static readonly Lazy<FrozenDictionary<string, (string Symbol, int Decimals)>> Currencies = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => (Culture: c, Region: TryRegion(c)))
            .Where(x => x.Region is not null)
            // The culture whose region name matches its own (zh-CN for CN, en-US for US) speaks for the currency.
            .OrderBy(x => x.Culture.Name.EndsWith("-" + x.Region!.Name, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(x => x.Culture.Name, StringComparer.Ordinal)
            .GroupBy(x => x.Region!.ISOCurrencySymbol, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (g.First().Region!.CurrencySymbol, g.First().Culture.NumberFormat.CurrencyDecimalDigits),
                StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<string, Delegate> Functions { get; } = new Dictionary<string, Delegate>
    {
        ["format"] = new Func<decimal?, string, string, string>(Format),
    };

    /// <summary>Whether <paramref name="currency"/> is an ISO 4217 code that .NET knows a region for (CNY, USD, EUR, ...).</summary>
    public static bool IsKnownCurrency(string currency) => Currencies.Value.ContainsKey(currency);

    /// <summary>The amount as money in <paramref name="currency"/> (ISO 4217) for readers of <paramref name="culture"/>; nothing for no amount.</summary>
    public static string Format(decimal? amount, string currency, string culture)
    {
        const string name = Namespace + ".format";
        if (amount is not { } value)
            return "";
        if (string.IsNullOrWhiteSpace(currency) || !Currencies.Value.TryGetValue(currency.Trim(), out var known))
            throw new TemplateRenderException($"{name}: '{currency}' is not a known ISO 4217 currency code; use one such as 'CNY' or 'USD'.");
        var info = Cultures.Get(culture, name);
        var numbers = (NumberFormatInfo)info.NumberFormat.Clone();
        numbers.CurrencySymbol = known.Symbol;
        numbers.CurrencyDecimalDigits = known.Decimals;
        return value.ToString("C", numbers);
    }

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
