using System.Text.Json;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Courses.Manage;

/// <summary>A definition as stored: the API's JSON (camelCase), so a version reads back exactly as it was published.</summary>
public static class CourseJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(CourseDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static CourseDefinition Read(string json) => JsonSerializer.Deserialize<CourseDefinition>(json, Options)!;
}
