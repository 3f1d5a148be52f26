using System.Globalization;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The console pages' query values that are not text, read leniently: people type, edit and bookmark a page's address,
/// so a value that does not parse (<c>?page=abc</c>, <c>?mine=maybe</c>) shows the page as if it were not given, where
/// Blazor's own binding of a <c>bool</c> or <c>int</c> answered 500.
/// </summary>
public static class QueryValues
{
    /// <summary>A checkbox's value: on for <c>true</c>, <c>on</c> or <c>1</c>.</summary>
    public static bool Flag(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value == "1");

    /// <summary>A page number from 1; anything else is the first page.</summary>
    public static int PageNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1;
}
