using System.Text.RegularExpressions;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// What a tenant's name and host names may be. A name is a folder, a header's value and a word on the command line, so
/// it keeps to what all three take unchanged: lowercase letters, digits and inner dashes.
/// </summary>
public static partial class TenantNames
{
    /// <summary>Null when <paramref name="name"/> may name a tenant, else why not.</summary>
    public static string? ProblemWithName(string name) =>
        Name().IsMatch(name) ? null : $"'{name}' is not a tenant name: lowercase letters, digits and dashes (not first or last), at most 40";

    /// <summary>A host name as a request's Host header gives it (without the port), lowercase; null with <paramref name="problem"/> when it is none.</summary>
    public static string? Host(string text, out string problem)
    {
        var host = text.Trim().ToLowerInvariant();
        problem = Uri.CheckHostName(host) == UriHostNameType.Dns ? "" : $"'{text}' is not a host name such as crm.example.com (no port, no scheme)";
        return problem.Length == 0 ? host : null;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex Name();
}
