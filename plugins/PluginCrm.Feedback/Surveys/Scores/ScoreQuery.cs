using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PluginCrm.Feedback.Surveys.Scores;

/// <summary>
/// <c>from</c> and <c>to</c> (dates, <c>to</c> excluded), <c>by</c> (day, week or month: buckets from <c>from</c>, which
/// then needs both dates), <c>survey</c> (a key), <c>channel</c>, <c>teamId</c>, <c>ownerId</c> (the customer's owner).
/// </summary>
public sealed record ScoreQuery(DateOnly? From, DateOnly? To, string? By, string? Survey, string? Channel, long? TeamId, long? OwnerId)
{
    public static readonly string[] Names = ["from", "to", "by", "survey", "channel", "teamId", "ownerId"];

    public static (ScoreQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var unknown in query.Keys.Where(k => !Names.Contains(k)))
            errors[unknown] = [$"is not a parameter; use {string.Join(", ", Names)}"];
        DateOnly? Day(string name)
        {
            if (query[name].ToString() is not { Length: > 0 } text)
                return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return day;
            errors[name] = [$"'{text}' is not a date in the form 2026-01-31"];
            return null;
        }
        long? Id(string name)
        {
            if (query[name].ToString() is not { Length: > 0 } text)
                return null;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return id;
            errors[name] = [$"'{text}' is not an id"];
            return null;
        }
        var (from, to) = (Day("from"), Day("to"));
        var by = query["by"].ToString() is { Length: > 0 } b ? b.ToLowerInvariant() : null;
        if (from >= to)
            errors["from"] = [$"must be before to ({to:yyyy-MM-dd})"];
        if (by is not null and not ("day" or "week" or "month"))
            errors["by"] = [$"'{by}' is not one of day, week, month"];
        else if (by is not null && (from is null || to is null))
            errors["by"] = ["needs from and to"];
        string? Text(string name) => query[name].ToString() is { Length: > 0 } text ? text : null;
        return (new ScoreQuery(from, to, by, Text("survey"), Text("channel")?.ToLowerInvariant(), Id("teamId"), Id("ownerId")), errors);
    }

    /// <summary>The buckets of the series: each unit from <see cref="From"/>, the last cut at <see cref="To"/>.</summary>
    public IEnumerable<(DateOnly From, DateOnly To)> Buckets()
    {
        if (By is null || From is not { } start || To is not { } end)
            yield break;
        for (var day = start; day < end;)
        {
            var next = By switch { "day" => day.AddDays(1), "week" => day.AddDays(7), _ => day.AddMonths(1) };
            yield return (day, next < end ? next : end);
            day = next;
        }
    }
}
