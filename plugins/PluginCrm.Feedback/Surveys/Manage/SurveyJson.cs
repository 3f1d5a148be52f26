using System.Text.Json;
using PluginCrm.Feedback.Surveys.Definition;

namespace PluginCrm.Feedback.Surveys.Manage;

/// <summary>A definition as stored: the API's JSON (camelCase), so a version reads back exactly as it was published.</summary>
public static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(SurveyDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static SurveyDefinition Read(string json) => JsonSerializer.Deserialize<SurveyDefinition>(json, Options)!;
}
