using System.Text;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// A readable camelCase operationId from the method and the route, so that no endpoint has to name itself:
/// <c>GET /api/customers</c> is <c>listCustomers</c>, <c>GET /api/customers/{id}</c> <c>getCustomer</c>, <c>PUT</c> of it
/// <c>updateCustomer</c>, <c>POST /api/training/courses/{key}/publish</c> <c>publishTrainingCourse</c>. A segment before an
/// id is singular; a POST to a plural segment creates one; a POST to any other last segment is that action.
/// </summary>
public static class OperationName
{
    public static string Of(string method, string route)
    {
        var segments = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => s == "api").ToList();
        var words = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (IsParameter(segments[i]))
                continue;
            var beforeId = i + 1 < segments.Count && IsParameter(segments[i + 1]);
            words.Add(beforeId ? Singular(segments[i]) : segments[i]);
        }
        var endsWithId = segments.Count > 0 && IsParameter(segments[^1]);
        var last = words.Count > 0 ? words[^1] : "root";
        var (verb, noun) = method.ToUpperInvariant() switch
        {
            "GET" => (endsWithId || !IsPlural(last) ? "get" : "list", words),
            "POST" when endsWithId => ("create", words),
            "POST" when IsPlural(last) => ("create", [.. words[..^1], Singular(last)]),
            "POST" => (last, words[..^1]),
            "PUT" => ("update", words),
            "PATCH" => ("patch", words),
            "DELETE" => ("delete", words),
            var other => (other.ToLowerInvariant(), words),
        };
        return Camel(verb) + string.Concat(noun.Select(Pascal));
    }

    /// <summary>"listTrainingCourses" as "List training courses".</summary>
    public static string Summary(string operationId)
    {
        var text = new StringBuilder();
        foreach (var c in operationId)
            text.Append(char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        return char.ToUpperInvariant(text[0]) + text.ToString()[1..];
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{');

    private static bool IsPlural(string word) => word.EndsWith('s') && !word.EndsWith("ss");

    private static string Singular(string word) =>
        word.EndsWith("ies") ? word[..^3] + "y"
        : word.EndsWith("zzes") ? word[..^3]
        : IsPlural(word) ? word[..^1]
        : word;

    // Words of a segment: sign-in, export.csv, dry_run.
    private static IEnumerable<string> Parts(string segment) => segment.Split('-', '.', '_').Where(p => p.Length > 0);

    private static string Pascal(string segment) => string.Concat(Parts(segment).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Camel(string segment) => Pascal(segment) is { Length: > 0 } pascal ? char.ToLowerInvariant(pascal[0]) + pascal[1..] : "";
}
