using System.Globalization;
using System.Text;
using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Templates.Functions;

/// <summary>
/// <c>crm_text</c>: greetings in Chinese and English, and truncation and initials that count text elements
/// (what a reader sees as one character), so a Chinese character, an accented letter or an emoji is never cut.
/// </summary>
public static class TextFunctions
{
    public const string Namespace = "crm_text";

    public static IReadOnlyDictionary<string, Delegate> Functions { get; } = new Dictionary<string, Delegate>
    {
        ["greeting"] = new Func<string?, string, string>(Greeting),
        ["truncate"] = new Func<string?, int, string?, string>(Truncate),
        ["initials"] = new Func<string?, string>(Initials),
    };

    /// <summary>'zh' → "王芳，您好"; 'en' → "Dear Wang Fang,". The name is used as given (no transliteration).</summary>
    public static string Greeting(string? name, string language)
    {
        var trimmed = name?.Trim();
        var lang = language?.Trim().ToLowerInvariant() ?? "";
        if (lang == "zh" || lang.StartsWith("zh-", StringComparison.Ordinal))
            return string.IsNullOrEmpty(trimmed) ? "您好" : $"{trimmed}，您好";
        if (lang == "en" || lang.StartsWith("en-", StringComparison.Ordinal))
            return string.IsNullOrEmpty(trimmed) ? "Dear customer," : $"Dear {trimmed},";
        throw new TemplateRenderException($"{Namespace}.greeting: '{language}' is not a supported language; use 'zh' or 'en'.");
    }

    /// <summary>
    /// At most <paramref name="length"/> text elements, the ellipsis (default "…") included, like Scriban's
    /// <c>string.truncate</c>; text that fits is returned unchanged.
    /// </summary>
    public static string Truncate(string? text, int length, string? ellipsis = "…")
    {
        if (length < 0)
            throw new TemplateRenderException($"{Namespace}.truncate: the length must not be negative (was {length}).");
        if (string.IsNullOrEmpty(text))
            return "";
        var elements = new StringInfo(text);
        if (elements.LengthInTextElements <= length)
            return text;
        var tail = ellipsis ?? "";
        var keep = Math.Max(0, length - new StringInfo(tail).LengthInTextElements);
        return elements.SubstringByTextElements(0, keep) + tail;
    }

    /// <summary>
    /// The first text element of every word, upper-cased: "Wang Fang" → "WF", "anna-lena smith" → "AS"
    /// (a hyphen joins one word). A name written without spaces in Chinese gives its first character, the family
    /// name: "王芳" → "王".
    /// </summary>
    public static string Initials(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var result = new StringBuilder();
        foreach (var word in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = StringInfo.GetNextTextElement(word);
            result.Append(first.ToUpperInvariant());
        }
        return result.ToString();
    }
}
