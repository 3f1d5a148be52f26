using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Data;

/// <summary>How records are written to the audit and the outbox: the API's JSON, enums as names.</summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
