namespace PluginCrm.Host.WebConsole.Admin;

/// <summary>How a setting is edited: the input its type asks for.</summary>
public enum SettingsInput
{
    WholeNumber,
    Number,
    Checkbox,
    Text,
    Select,
    Json,
}
