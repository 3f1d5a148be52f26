using System.Text.Json;
using System.Text.Json.Nodes;
using PluginCrm.Host.Api.Requests;

namespace PluginCrm.Host.Settings;

/// <summary>Overlays an admin's saved values on a plugin's baseline settings and validates the result.</summary>
public static class SettingsMerger
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Returns the effective settings object, or throws <see cref="SettingsValidationException"/>.</summary>
    /// <param name="strict">True when an admin saves: an unknown key is an error. False when reading what was
    /// saved earlier: a key a plugin upgrade dropped is ignored, so the plugin still starts.</param>
    public static object Merge(SettingsDefinition definition, JsonObject? overrides, bool strict = false)
    {
        var merged = JsonSerializer.SerializeToNode(definition.Baseline, definition.Type, Json)!.AsObject();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, value) in overrides ?? [])
        {
            var key = merged.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (key is null && strict)
                errors[name] = ["is not a setting of this plugin"];
            else if (key is not null)
                merged[key] = value?.DeepClone();
        }
        if (errors.Count > 0)
            throw new SettingsValidationException(errors);

        object settings;
        try
        {
            settings = merged.Deserialize(definition.Type, Json)!;
        }
        catch (JsonException ex)
        {
            var (field, type, _) = JsonFieldPath.Resolve(ex.Path, definition.Type, Json);
            throw new SettingsValidationException(new Dictionary<string, string[]> { [field] = [type is null ? "has the wrong type" : ExpectedValue.Of(type, Json)] });
        }

        var invalid = SettingsValidator.Validate(settings);
        return invalid.Count > 0 ? throw new SettingsValidationException(invalid) : settings;
    }
}
