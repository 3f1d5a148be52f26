using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// A plugin's Markdown as HTML for the console (<c>ValueFormat.Markdown</c>). Its authors are admins and third parties,
/// so raw HTML shows as text and a link or image whose address is not http, https or mailto (a <c>javascript:</c> URL)
/// loses its address.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static string From(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (link.Url is { } url && !SafeSchemes.Any(s => url.Trim().StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!SafeSchemes.Any(s => link.Url.Trim().StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                link.Url = "";
        return document.ToHtml(Pipeline);
    }

    /// <summary>The address when it is an http or https one, for <c>ValueFormat.Link</c>; else null.</summary>
    public static string? WebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
