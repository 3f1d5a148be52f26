namespace PluginCrm.Host.Templates.Store;

/// <summary>Limits of the <c>templates</c> and <c>template_versions</c> tables.</summary>
public static class TemplateModel
{
    public const int MaxBodyLength = 100_000;
}
