using System.Globalization;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Templates;
using Scriban;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rules;

/// <summary>
/// Rules: one boolean Scriban expression, parsed in script mode (no <c>{{ }}</c>), evaluated in the templates'
/// sandbox, and explained condition by condition (see <see cref="RuleTerms"/>). One per DI scope, as its renderer.
/// </summary>
public sealed class RuleEngine(TemplateRenderer renderer, RuleParser parser)
{
    /// <summary>
    /// Parse errors, members the sample lacks, a switched-off module's functions, and, when the sample holds every
    /// variable the rule reads, what a trial evaluation against it says (a rule that fails or is not boolean), each with
    /// line and column.
    /// </summary>
    /// <param name="expression">The rule.</param>
    /// <param name="sampleModel">A model of the shape the rule will see.</param>
    /// <param name="completeModel">True when the sample holds every variable the rule may read (a plugin's own rules);
    /// false for the store's samples, which do not know the variables modules add.</param>
    public IReadOnlyList<string> Validate(string expression, IReadOnlyDictionary<string, object?> sampleModel, bool completeModel)
    {
        var (rule, errors) = parser.Parse(expression);
        if (rule is null)
            return errors;
        var problems = MemberCheck.Problems(rule, expression, TemplateModels.FromModel(sampleModel), renderer.Unavailable()).ToList();
        var unknown = RuleTerms.Variables(rule, renderer.FunctionNamespaces).Where(v => !sampleModel.ContainsKey(v)).ToList();
        if (completeModel)
            problems.AddRange(unknown.Select(v => $"{SourcePosition.At(expression, rule.Span.Start)}'{v}' is not in the model; it has: {string.Join(", ", sampleModel.Keys.Order())}"));
        if (problems.Count > 0 || unknown.Count > 0)
            return problems;
        try
        {
            Evaluate(expression, sampleModel, CancellationToken.None);
            return [];
        }
        catch (RuleException ex)
        {
            return [$"{SourcePosition.At(expression, rule.Span.Start)}{ex.Message}"];
        }
    }

    public RuleOutcome Evaluate(string expression, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken)
    {
        var (rule, errors) = parser.Parse(expression);
        if (rule is null)
            throw new RuleException($"The rule does not parse: {string.Join("; ", errors)}");
        try
        {
            return renderer.Sandboxed(model, context =>
            {
                var value = context.Evaluate(rule);
                if (value is not bool matched)
                    throw new RuleException($"The rule gives {Describe(value)}, not true or false: compare something, e.g. lead.region == \"East\"");
                var terms = RuleTerms.Of(rule, renderer.FunctionNamespaces).Select(term => Explain(expression, context, term)).ToList();
                var explanation = $"{(matched ? "true" : "false")}: " + string.Join(" | ", terms.Select(t =>
                    $"{t.Expression} is {t.Result}{(t.Values.Count > 0 ? $" ({string.Join(", ", t.Values)})" : "")}"));
                return new RuleOutcome(matched, explanation, terms);
            }, cancellationToken);
        }
        catch (TemplateRenderException ex)
        {
            throw new RuleException($"The rule failed: {ex.Message}");
        }
    }

    // The condition as the admin wrote it (Scriban's printer drops the spaces).
    private static string Text(string expression, ScriptNode node)
    {
        var (start, end) = (node.Span.Start.Offset, node.Span.End.Offset);
        return start >= 0 && end >= start && end < expression.Length ? expression[start..(end + 1)] : node.ToString() ?? "";
    }

    private static RuleTerm Explain(string expression, TemplateContext context, RuleTerms.Term term)
    {
        string result;
        try
        {
            result = Describe(context.Evaluate(term.Node));
        }
        catch (Exception ex) when (ex is Scriban.Syntax.ScriptRuntimeException)
        {
            result = $"not evaluated ({ex.Message})";
        }
        var values = term.Reads.Select(read =>
        {
            try
            {
                return $"{Text(expression, read)} = {Describe(context.Evaluate(read))}";
            }
            catch (Scriban.Syntax.ScriptRuntimeException)
            {
                return $"{Text(expression, read)} is missing";
            }
        }).ToList();
        return new RuleTerm(Text(expression, term.Node), result, values);
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => $"\"{s}\"",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
