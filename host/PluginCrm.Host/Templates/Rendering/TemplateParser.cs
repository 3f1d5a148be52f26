using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Parses template bodies, with every error as "line L, column C: message", and caches parsed templates by their body
/// (the text itself is the key: hashing it with SHA-256 on every render cost more than the rest of a short render), so
/// the same body, whichever template or version it belongs to, is parsed once.
/// </summary>
public sealed class TemplateParser
{
    private readonly ConcurrentDictionary<string, Template> cache = new(StringComparer.Ordinal);

    /// <summary>Every parse error of <paramref name="body"/>; empty when it parses.</summary>
    public IReadOnlyList<string> Errors(string body) => Describe(ParseUncached(body), body);

    /// <summary>
    /// What is wrong with a message or document body before it is saved: parse errors, members of the sample
    /// records (customer, lead, deal, ...) that do not exist, and names <paramref name="unavailable"/> refuses.
    /// </summary>
    public static IReadOnlyList<string> Problems(string body, Func<string, string?>? unavailable = null)
    {
        var template = ParseUncached(body);
        return template.HasErrors ? Describe(template, body) : MemberCheck.Problems(template, body, Preview.SampleRecords.All, unavailable);
    }

    /// <summary>The parsed template, from the cache when the same body was parsed before; throws when it does not parse.</summary>
    public Template Parse(string body)
    {
        if (cache.TryGetValue(body, out var cached))
            return cached;
        var template = ParseUncached(body);
        if (template.HasErrors)
            throw new TemplateRenderException(string.Join("; ", Describe(template, body)));
        // A crude bound, enough against growth without limit: bodies change rarely, so starting over is cheap.
        if (cache.Count >= TemplateLimits.CachedTemplates)
            cache.Clear();
        cache[body] = template;
        return template;
    }

    public int CachedCount => cache.Count;

    private static Template ParseUncached(string body) =>
        Template.Parse(body, "template", new ParserOptions { ExpressionDepthLimit = TemplateLimits.ExpressionDepth });

    // Scriban counts lines and columns from 0; people count from 1.
    private static List<string> Describe(Template template, string body) =>
        template.Messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => SourcePosition.At(body, m.Span.Start) + m.Message)
            .ToList();
}
