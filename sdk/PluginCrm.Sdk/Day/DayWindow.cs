namespace PluginCrm.Sdk.Day;

/// <summary>The day a user asked for: a calendar date in its time zone, and when that day starts and ends in UTC.</summary>
/// <param name="Date">The date in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The IANA time zone the day is read in (<c>UTC</c>, <c>Asia/Shanghai</c>).</param>
/// <param name="StartUtc">The day's first instant, in UTC.</param>
/// <param name="EndUtc">The next day's first instant, in UTC (exclusive).</param>
/// <param name="NowUtc">Now, by the host's clock.</param>
public sealed record DayWindow(DateOnly Date, string TimeZone, DateTime StartUtc, DateTime EndUtc, DateTime NowUtc);
