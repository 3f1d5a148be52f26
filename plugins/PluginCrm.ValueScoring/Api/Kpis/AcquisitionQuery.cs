using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PluginCrm.ValueScoring.Api.Kpis;

/// <summary>
/// <c>?from=&amp;to=&amp;teamId=&amp;runId=</c> of the CLV-to-acquisition-cost KPI: the UTC days [from, to) as the host's
/// KPIs take them, a team, a run (default: the latest). Every bad parameter is named at once.
/// </summary>
public sealed record AcquisitionQuery(DateOnly? From, DateOnly? To, long? TeamId, long? RunId)
{
    private static readonly string[] Parameters = ["from", "to", "teamId", "runId"];

    public static (AcquisitionQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in query.Keys.Where(k => !Parameters.Contains(k)))
            errors[name] = [$"is not a parameter of this KPI; use one of: {string.Join(", ", Parameters)}"];
        var parsed = new AcquisitionQuery(Date(query, "from", errors), Date(query, "to", errors), Id(query, "teamId", errors), Id(query, "runId", errors));
        if (parsed is { From: { } from, To: { } to } && to <= from)
            errors["to"] = [$"must be after from ({from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); the period includes from and excludes to"];
        return (parsed, errors);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    private static DateOnly? Date(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (Value(query, name) is not { } text)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[name] = [$"'{text}' is not a date such as 2026-01-31"];
        return null;
    }

    private static long? Id(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (Value(query, name) is not { } text)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        errors[name] = [$"'{text}' is not an id"];
        return null;
    }
}
