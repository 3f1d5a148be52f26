using System.Collections.Concurrent;
using PluginCrm.Host.Templates.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rules;

/// <summary>
/// Parses rules in script mode (no <c>{{ }}</c>) into their one expression, and keeps what it parsed: rules run per lead
/// or per customer, so each text is parsed once, as templates are (bounded the same crude way).
/// </summary>
public sealed class RuleParser
{
    private readonly ConcurrentDictionary<string, (ScriptExpression? Expression, IReadOnlyList<string> Errors)> parsed = new(StringComparer.Ordinal);

    /// <summary>The rule's one expression, or the errors (with line and column) that say why there is none.</summary>
    public (ScriptExpression? Expression, IReadOnlyList<string> Errors) Parse(string expression)
    {
        if (parsed.TryGetValue(expression, out var known))
            return known;
        if (parsed.Count >= TemplateLimits.CachedTemplates)
            parsed.Clear();
        return parsed[expression] = ParseUncached(expression);
    }

    private static (ScriptExpression? Expression, IReadOnlyList<string> Errors) ParseUncached(string expression)
    {
        var template = Template.Parse(expression, "rule",
            new ParserOptions { ExpressionDepthLimit = TemplateLimits.ExpressionDepth }, new LexerOptions { Mode = ScriptMode.ScriptOnly });
        var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => SourcePosition.At(expression, m.Span.Start) + m.Message).ToList();
        if (errors.Count > 0 || template.Page?.Body is null)
            return (null, errors);
        var statements = template.Page.Body!.Statements.Where(s => s is not ScriptNopStatement).ToList();
        if (statements is not [ScriptExpressionStatement { Expression: { } single }] || single is ScriptAssignExpression)
        {
            var at = statements.Count > 1 ? statements[1].Span.Start : statements.FirstOrDefault()?.Span.Start ?? default;
            return (null, [$"{SourcePosition.At(expression, at)}a rule is one expression that is true or false, e.g. lead.region == \"East\" && lead.estimated_value > 10000"]);
        }
        return (single, []);
    }
}
