using System.Text.Json;
using System.Text.RegularExpressions;
using Semver;

namespace PluginCrm.Host.Plugins;

/// <summary>Reads and checks <c>plugin.json</c> without loading any code. Ranges use npm syntax (<c>^1.2</c>, <c>&gt;=1.0.0 &lt;2.0.0</c>).</summary>
public static partial class PluginManifestReader
{
    public const string FileName = "plugin.json";

    /// <summary>
    /// API segments the host keeps for itself, so no plugin can shadow them, and <c>install</c>, whose settings section
    /// (<c>Plugins:Install</c>) is the host's.
    /// </summary>
    private static readonly HashSet<string> ReservedIds = ["plugins", "health", "auth", "users", "teams", "apikeys", "jobs", "kpis", "templates", "audit", "openapi", "install", "tasks", "me", "host"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Parses <paramref name="json"/>; returns the manifest, or every problem found, one line each.</summary>
    public static (PluginManifest? Manifest, IReadOnlyList<string> Errors) Parse(string json)
    {
        ManifestJson? raw;
        try
        {
            raw = JsonSerializer.Deserialize<ManifestJson>(json, Json);
        }
        catch (JsonException ex) when (ex.Path is { Length: > 1 } path && ex.Message.Contains("could not be converted"))
        {
            return (null, [$"{FileName}: '{path.TrimStart('$', '.')}' has the wrong type (line {ex.LineNumber + 1})"]);
        }
        catch (JsonException ex)
        {
            return (null, [$"{FileName} is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {FirstSentence(ex.Message)}"]);
        }
        if (raw is null)
            return (null, [$"{FileName} is empty"]);

        var errors = new List<string>();
        var id = Required(raw.Id, "id", errors);
        if (id is not null && (!IdPattern().IsMatch(id) || id.Length > 40))
            errors.Add($"id '{id}' must be lower-case letters, digits and single hyphens, starting with a letter, at most 40 characters");
        else if (id is not null && ReservedIds.Contains(id))
            errors.Add($"id '{id}' is reserved by the host");

        var version = ParseVersion(Required(raw.Version, "version", errors), errors);
        var sdkText = Required(raw.Sdk, "sdk", errors);
        var sdk = sdkText is null ? null : ParseRange(sdkText, "sdk", errors);
        var assembly = Required(raw.Assembly, "assembly", errors);
        if (assembly is not null && (assembly.Contains('/') || assembly.Contains('\\') || !assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            errors.Add($"assembly '{assembly}' must be a .dll file name in the plugin folder");

        var dependencies = Dependencies(raw.Dependencies, "dependencies", errors);
        var optional = Dependencies(raw.OptionalDependencies, "optionalDependencies", errors);
        if (id is not null && dependencies.Concat(optional).Any(d => d.Id == id))
            errors.Add("a plugin cannot depend on itself");
        if (dependencies.FirstOrDefault(d => optional.Any(o => o.Id == d.Id)) is { } both)
            errors.Add($"'{both.Id}' is both a dependency and an optional dependency");
        var contracts = raw.Contracts ?? [];
        if (contracts.FirstOrDefault(c => c is null || c.Contains('/') || c.Contains('\\') || !c.EndsWith(".Contracts.dll", StringComparison.Ordinal)) is { } badContract)
            errors.Add($"contracts: '{badContract}' must be the file name of a contracts assembly in the plugin folder, ending in .Contracts.dll");
        var conflicts = raw.Conflicts ?? [];
        if (conflicts.Any(c => c is null || !IdPattern().IsMatch(c)))
            errors.Add("conflicts: every entry must be a plugin id");
        else if (id is not null && conflicts.Contains(id))
            errors.Add("a plugin cannot conflict with itself");

        if (errors.Count > 0)
            return (null, errors);

        var manifest = new PluginManifest(
            id!, string.IsNullOrWhiteSpace(raw.Name) ? id! : raw.Name.Trim(), version!, sdk!, sdkText!,
            dependencies, conflicts, raw.Description?.Trim() ?? "", raw.Author?.Trim() ?? "",
            assembly!, string.IsNullOrWhiteSpace(raw.EntryType) ? null : raw.EntryType.Trim())
        {
            OptionalDependencies = optional,
            Contracts = contracts,
        };
        return (manifest, []);
    }

    private static List<PluginDependency> Dependencies(Dictionary<string, string?>? raw, string field, List<string> errors)
    {
        var dependencies = new List<PluginDependency>();
        foreach (var (depId, rangeText) in raw ?? [])
        {
            if (!IdPattern().IsMatch(depId))
                errors.Add($"{field}: '{depId}' is not a plugin id");
            if (string.IsNullOrWhiteSpace(rangeText))
                errors.Add($"{field}.{depId}: give a version range such as ^1.0.0 (\"*\" for any)");
            else if (ParseRange(rangeText, $"{field}.{depId}", errors) is { } range)
                dependencies.Add(new PluginDependency(depId, range, rangeText));
        }
        return dependencies;
    }

    private static string? Required(string? value, string field, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return value.Trim();
        errors.Add($"'{field}' is required");
        return null;
    }

    private static SemVersion? ParseVersion(string? text, List<string> errors)
    {
        if (text is null)
            return null;
        if (SemVersion.TryParse(text, SemVersionStyles.Strict, out var version))
            return version;
        errors.Add($"version '{text}' is not a SemVer version such as 1.2.0");
        return null;
    }

    private static SemVersionRange? ParseRange(string text, string field, List<string> errors)
    {
        if (SemVersionRange.TryParseNpm(text, out var range))
            return range;
        errors.Add($"{field} '{text}' is not a version range such as ^1.0.0 or >=1.0.0 <2.0.0");
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private sealed record ManifestJson(
        string? Id, string? Name, string? Version, string? Sdk,
        Dictionary<string, string?>? Dependencies, Dictionary<string, string?>? OptionalDependencies, List<string>? Conflicts,
        List<string>? Contracts, string? Description, string? Author, string? Assembly, string? EntryType);
}
