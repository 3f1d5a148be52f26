using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// Follows the path of a System.Text.Json error (<c>$.lines[0].quantity</c>) through the type that was being read,
/// to name the field the way the API writes it and learn what it should have held. It walks the serializer's own
/// view of the type (its JsonTypeInfo: JSON names after the naming policy, record constructor parameters, element
/// types), so it agrees with what the binder accepts without a second set of rules.
/// </summary>
public static partial class JsonFieldPath
{
    // One step of a path: .name, ['odd name'] or [3].
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<name>.*?)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Step();

    /// <summary>
    /// The field as "lines[0].quantity" ("" for the whole body) and its type, null where the path leads nowhere known;
    /// <c>NotAFieldOf</c> is the object whose fields the last step's name is not one of (<see cref="NotAField"/>), else null.
    /// </summary>
    public static (string Field, Type? Type, JsonTypeInfo? NotAFieldOf) Resolve(string? path, Type root, JsonSerializerOptions options)
    {
        var field = "";
        JsonTypeInfo? info = options.GetTypeInfo(root);
        JsonTypeInfo? notAFieldOf = null;
        foreach (Match step in Step().Matches(path ?? "$"))
        {
            notAFieldOf = null;
            if (step.Groups["index"].Success)
            {
                field += $"[{step.Groups["index"].Value}]";
                info = info is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } ? options.GetTypeInfo(element) : null;
                continue;
            }
            var name = step.Groups["name"].Value;
            var property = info is { Kind: JsonTypeInfoKind.Object } ? Named(info, name) : null;
            if (info is { Kind: JsonTypeInfoKind.Object } && property is null)
                notAFieldOf = info;
            field += (field.Length == 0 ? "" : ".") + (property?.Name ?? name);
            info = property is not null ? options.GetTypeInfo(property.PropertyType)
                : info is { Kind: JsonTypeInfoKind.Dictionary, ElementType: { } value } ? options.GetTypeInfo(value)
                : null;
        }
        return (field, info?.Type, notAFieldOf);
    }

    /// <summary>
    /// The field of an object <paramref name="name"/> means, null for none. The web defaults match names
    /// case-insensitively; answering with the declared name shows the caller the right spelling.
    /// </summary>
    public static JsonPropertyInfo? Named(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is said of a name that is none of <paramref name="info"/>'s fields, on a create, an update or a patch alike.</summary>
    public static string NotAField(JsonTypeInfo info) => $"is not a field here; the fields are: {string.Join(", ", info.Properties.Select(p => p.Name))}";
}
