using System.Collections.Concurrent;
using System.Globalization;
using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Templates.Functions;

/// <summary>
/// Culture names as templates give them: predefined ones only, so a typo is an error rather than a made-up culture.
/// Found once a name: asking whether a name is predefined goes to ICU every time, a good part of a short render.
/// </summary>
internal static class Cultures
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Known = new(StringComparer.Ordinal);

    public static CultureInfo Get(string? name, string function)
    {
        if (string.IsNullOrWhiteSpace(name))
            return CultureInfo.InvariantCulture;
        if (Known.TryGetValue(name, out var known))
            return known;
        try
        {
            return Known[name] = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new TemplateRenderException($"{function}: '{name}' is not a known culture; use a name such as 'zh-CN' or 'en-US'.");
        }
    }
}
