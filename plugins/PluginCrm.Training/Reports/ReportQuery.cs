using System.Globalization;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Training.Reports;

/// <summary>
/// The period and people of a report, as the KPI screen passes them: enrolments made on the UTC days [<paramref name="From"/>,
/// <paramref name="To"/>) (an open end is unbounded), of the learners of <paramref name="TeamId"/> and <paramref name="OwnerId"/>
/// (a customer by its team and owner, a member of staff by its team and itself).
/// </summary>
public sealed record ReportQuery(DateOnly? From, DateOnly? To, long? TeamId, long? OwnerId)
{
    public DateTime? FromUtc => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    public DateTime? ToUtc => To?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public ReportQuery Checked()
    {
        if (From is { } first && To is { } last && last <= first)
            throw new RecordValidationException(new Dictionary<string, string[]>
            {
                ["to"] = [$"must be after from ({first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); the period includes from and excludes to"],
            });
        return this;
    }
}
