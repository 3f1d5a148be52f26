namespace PluginCrm.Sdk.Plugins;

/// <summary>
/// Marks a module's contracts assembly (records, messages and read interfaces it offers other modules). The host loads
/// it once, shared by every plugin like the SDK, when the owning plugin's <c>plugin.json</c> lists it under
/// <c>contracts</c>; its public records may be template models. Projects named <c>*.Contracts</c> under <c>plugins/</c>
/// get this attribute from the build.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ModuleContractsAttribute : Attribute;
