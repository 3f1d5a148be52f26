using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// What a field of a given type must hold, in the caller's words ("must be a whole number"): a caller writes JSON
/// or a query string, so the error names the shape of the value, never the .NET type behind it.
/// </summary>
public static class ExpectedValue
{
    public const string DateAndTime = "must be a date and time such as 2026-01-31T09:00:00Z";

    public static string Of(Type type, JsonSerializerOptions options)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        // Before the type code, which for an enum is its underlying number; names as the host's JsonStringEnumConverter writes them.
        if (plain.IsEnum)
            return $"must be one of: {string.Join(", ", Enum.GetNames(plain).Select(JsonNamingPolicy.CamelCase.ConvertName))}";
        return Type.GetTypeCode(plain) switch
        {
            TypeCode.Boolean => "must be true or false",
            TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "must be a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "must be a number",
            TypeCode.String or TypeCode.Char => "must be text",
            TypeCode.DateTime => DateAndTime,
            _ when plain == typeof(DateTimeOffset) => DateAndTime,
            _ when plain == typeof(DateOnly) => "must be a date such as 2026-01-31",
            _ when plain == typeof(TimeOnly) => "must be a time of day such as 09:30:00",
            _ when plain == typeof(Guid) => "must be an identifier such as 0f8fad5b-d9cb-469f-a165-70867728950e",
            _ when plain == typeof(JsonObject) => "must be an object",
            _ when plain == typeof(JsonArray) => "must be a list",
            _ => options.GetTypeInfo(plain).Kind switch
            {
                JsonTypeInfoKind.Enumerable => "must be a list",
                JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "must be an object",
                _ => "is not a value this field accepts",
            },
        };
    }
}
