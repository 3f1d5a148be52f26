namespace PluginCrm.Host.Settings;

/// <summary>Settings that do not validate, with the errors per field.</summary>
public sealed class SettingsValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception($"settings are invalid: {SettingsValidator.Describe(errors)}")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
