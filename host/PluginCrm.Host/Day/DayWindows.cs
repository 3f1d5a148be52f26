using PluginCrm.Host.Api;
using PluginCrm.Sdk.Day;

namespace PluginCrm.Host.Day;

/// <summary>Today for a caller: a UTC day, or the day in the IANA time zone it names (<c>tz=Asia/Shanghai</c>).</summary>
public static class DayWindows
{
    public static DayWindow Today(string? tz, DateTime nowUtc) => Today(Zone(tz), nowUtc);

    /// <summary>Today in <paramref name="zone"/>, from its first moment to the next day's.</summary>
    public static DayWindow Today(TimeZoneInfo zone, DateTime nowUtc)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));
        return new DayWindow(date, zone.Id, StartOf(date, zone), StartOf(date.AddDays(1), zone), nowUtc);
    }

    /// <summary>The zone an IANA or Windows id names; UTC for none; an <see cref="Api.InputException"/> naming <c>tz</c> for one this server does not know.</summary>
    public static TimeZoneInfo Zone(string? tz) => string.IsNullOrWhiteSpace(tz) ? TimeZoneInfo.Utc : Find(tz.Trim());

    private static TimeZoneInfo Find(string tz)
    {
        try
        {
            if (tz.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var zone))
                return zone;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidTimeZoneException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            // A name the system cannot read is as unknown as one it does not have.
        }
        throw new InputException("tz", $"'{tz}' is not a time zone; use an IANA name such as Asia/Shanghai, or leave it out for UTC");
    }

    // Where clocks jump over midnight, the day starts at the first time that exists.
    private static DateTime StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
