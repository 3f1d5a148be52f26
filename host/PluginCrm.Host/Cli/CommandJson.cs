using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Cli;

/// <summary>Indented JSON as the API writes it (camelCase, enums as names), for a command's <c>--json</c>.</summary>
public static class CommandJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
