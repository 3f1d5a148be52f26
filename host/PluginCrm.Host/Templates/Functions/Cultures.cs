using System.Globalization;
using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Templates.Functions;

/// <summary>Culture names as templates give them: predefined ones only, so a typo is an error rather than a made-up culture.</summary>
internal static class Cultures
{
    public static CultureInfo Get(string? name, string function)
    {
        if (string.IsNullOrWhiteSpace(name))
            return CultureInfo.InvariantCulture;
        try
        {
            return CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new TemplateRenderException($"{function}: '{name}' is not a known culture; use a name such as 'zh-CN' or 'en-US'.");
        }
    }
}
