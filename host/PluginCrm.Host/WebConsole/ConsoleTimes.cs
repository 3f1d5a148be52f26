using System.Globalization;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// Times as the console's record pages show them: in the browser's zone, which every page keeps in the
/// <see cref="WebConsoleFeature.TimeZoneCookie"/> cookie; in UTC before the cookie is there or for a zone this server does
/// not know. Never in the server's own zone, which is nobody's.
/// </summary>
public static class ConsoleTimes
{
    public static TimeZoneInfo ZoneOf(HttpContext http)
    {
        try
        {
            return Day.DayWindows.Zone(http.Request.Cookies[WebConsoleFeature.TimeZoneCookie]);
        }
        catch (Api.InputException)
        {
            return TimeZoneInfo.Utc; // nobody typed the cookie: an unknown zone is no error to show
        }
    }

    /// <summary>The moment in <paramref name="zone"/>, in the user's language (the zone is named once on the page).</summary>
    public static string Show(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("g", CultureInfo.CurrentUICulture);
}
