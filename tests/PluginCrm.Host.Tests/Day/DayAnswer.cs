namespace PluginCrm.Host.Tests.Day;

/// <summary><c>GET /api/me/day</c> as a client reads it.</summary>
public sealed record DayAnswer(string Date, string TimeZone, DateTime StartUtc, DateTime EndUtc, List<DaySection> Sections)
{
    public List<string> Records(string key) => Sections.Single(s => s.Key == key).Items.Select(i => i.Record).ToList();
}

public sealed record DaySection(string Key, string Title, string? Plugin, List<DayEntry> Items);

public sealed record DayEntry(string Record, string Title, DateTime? DueUtc, string? Detail);
