using System.Globalization;
using System.Text.RegularExpressions;

namespace PluginCrm.CustomerCare.Holidays;

/// <summary>
/// A holiday in the care calendar: <see cref="Date"/> is <c>MM-dd</c> for every year (New Year, <c>01-01</c>) or
/// <c>yyyy-MM-dd</c> for one year only (the Spring Festival moves: <c>2026-02-17</c>).
/// </summary>
public sealed class Holiday
{
    public string Date { get; set; } = "";
    public string Name { get; set; } = "";
    public string Template { get; set; } = "";

    public bool FallsOn(DateOnly day) =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var once)
            ? once == day
            : DateOnly.TryParseExact($"2000-{Date}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearly)
              && yearly.Month == day.Month && yearly.Day == day.Day;

    public IEnumerable<(string Field, string Message)> Problems()
    {
        // 2000 is a leap year, so 02-29 is a valid yearly date (greeted in leap years only).
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && !DateOnly.TryParseExact($"2000-{Date}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return ("date", $"'{Date}' is not a date: use MM-dd for every year or yyyy-MM-dd for one year");
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 60 || Name.Contains(':'))
            yield return ("name", "is required: at most 60 characters, without ':'");
        if (!Regex.IsMatch(Template, CustomerCareSettings.TemplateKeyPattern))
            yield return ("template", "must be the key of a message template");
    }
}
