using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// JSON merge patch (RFC 7396): a patch object's members replace the record's, objects merge member by member, a list
/// replaces the list, and <c>null</c> clears the field. Checked against the record's type as the serializer sees it (its
/// JSON names, element types), so a field the record does not have, a field the server sets, or a <c>null</c> for a field
/// that cannot be empty is a 400 naming it before anything is read into the record; a value of the wrong kind is named
/// as the binder names it (<see cref="ExpectedValue"/>).
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    // What every record carries and only the server writes (and a lead's conversion: its deal): a patch may repeat them
    // unchanged, not change them.
    private static readonly string[] ServerSet = ["id", "version", "createdUtc", "updatedUtc", "convertedDealId"];

    /// <summary>The patch in the request's body, or a problem (415 for another media type, 400 for a body that is not a JSON object).</summary>
    public static async Task<(JsonObject? Patch, ProblemDetails? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.ToString() : null;
        if (!string.Equals(type, MediaType, StringComparison.OrdinalIgnoreCase) && !string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase))
            return (null, FieldProblem.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                $"is '{request.ContentType}'; send the patch as {MediaType} (or application/json)"));
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
            return (null, FieldProblem.Of(400, "Invalid input", "body", "is required: send a JSON object"));
        try
        {
            return JsonNode.Parse(text) is JsonObject patch
                ? (patch, null)
                : (null, FieldProblem.Of(400, "Invalid input", "body", "must be a JSON object: the fields to change, null for those to clear"));
        }
        catch (JsonException json)
        {
            return (null, FieldProblem.Of(400, "The request could not be read", "body",
                $"is not valid JSON at line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}: {json.Message.Split(" LineNumber:")[0]}"));
        }
    }

    /// <summary>
    /// <paramref name="current"/> with <paramref name="patch"/> merged in, read back as a <typeparamref name="T"/>; every
    /// field the patch gets wrong is an <see cref="InputException"/> naming it.
    /// </summary>
    public static T Apply<T>(T current, JsonObject patch, JsonSerializerOptions options) where T : class
    {
        var errors = new FieldErrors();
        var before = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        var merged = Merge(before, patch, options.GetTypeInfo(typeof(T)), "", errors, options)!.AsObject();
        foreach (var field in ServerSet.Where(f => before.ContainsKey(f) && !JsonNode.DeepEquals(before[f], merged[f])))
            errors.Add(field, "is set by the server and cannot be patched");
        errors.ThrowIfAny();
        try
        {
            return merged.Deserialize<T>(options)!;
        }
        catch (JsonException json)
        {
            var (field, type, _) = JsonFieldPath.Resolve(json.Path, typeof(T), options);
            throw new InputException(field.Length == 0 ? "body" : field, type is null ? "is not a value this field accepts" : ExpectedValue.Of(type, options));
        }
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch, JsonTypeInfo? info, string path, FieldErrors errors, JsonSerializerOptions options)
    {
        switch (patch)
        {
            case JsonObject members when info is { Kind: JsonTypeInfoKind.Object }:
                var result = target is JsonObject existing ? existing.DeepClone().AsObject() : [];
                foreach (var (name, value) in members)
                {
                    var field = Join(path, name);
                    // Merging under the declared name keeps one member per field.
                    var property = JsonFieldPath.Named(info, name);
                    if (property is null)
                        errors.Add(field, JsonFieldPath.NotAField(info));
                    else if (value is null)
                        result[property.Name] = Cleared(property.PropertyType, Join(path, property.Name), errors, options);
                    else
                        result[property.Name] = Merge(result[property.Name], value, options.GetTypeInfo(property.PropertyType), Join(path, property.Name), errors, options);
                }
                return result;
            case JsonArray items when info is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element }:
                // A list is replaced whole; its objects are checked as new ones.
                return new JsonArray(items.Select((item, i) => Merge(null, item, options.GetTypeInfo(element), $"{path}[{i}]", errors, options)).ToArray());
            default:
                return patch?.DeepClone();
        }
    }

    // null clears: a list becomes empty, text or an optional value becomes null, and a value that must be there is an error.
    private static JsonNode? Cleared(Type type, string field, FieldErrors errors, JsonSerializerOptions options)
    {
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
        {
            errors.Add(field, $"cannot be cleared: it {ExpectedValue.Of(type, options)}");
            return null;
        }
        return type != typeof(string) && options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable ? new JsonArray() : null;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
