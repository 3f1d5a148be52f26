using PluginCrm.Host.Api;

namespace PluginCrm.Host.Records.Customers;

/// <summary>Tags are lower-case, unique, and stored as <c>|a|b|</c> so one tag matches with a LIKE on any database.</summary>
public static class TagText
{
    public static IReadOnlyList<string> Normalize(IReadOnlyList<string>? tags, FieldErrors errors)
    {
        var clean = (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        if (clean.Any(t => t.Contains('|') || t.Length > 40))
            errors.Add("tags", "a tag has at most 40 characters and no '|'");
        if (clean.Count > 50)
            errors.Add("tags", "at most 50 tags");
        return clean;
    }

    public static string Join(IReadOnlyList<string> tags) => tags.Count == 0 ? "" : $"|{string.Join('|', tags)}|";

    public static IReadOnlyList<string> Split(string tags) => tags.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
