using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rules;

/// <summary>
/// Splits a rule into the conditions a person reads: the operands of <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> (through
/// parentheses), each with the model members it reads, in reading order.
/// </summary>
public static class RuleTerms
{
    public sealed record Term(ScriptExpression Node, IReadOnlyList<ScriptExpression> Reads);

    public static IReadOnlyList<Term> Of(ScriptExpression rule, IReadOnlySet<string> functionNamespaces)
    {
        var terms = new List<Term>();
        Split(rule, functionNamespaces, terms);
        return terms;
    }

    /// <summary>The model variables the rule reads (<c>lead</c> of <c>lead.region</c>), functions aside.</summary>
    public static IReadOnlySet<string> Variables(ScriptExpression rule, IReadOnlySet<string> functionNamespaces)
    {
        var reads = new List<ScriptExpression>();
        CollectReads(rule, functionNamespaces, reads);
        return reads.Select(Root).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static void Split(ScriptExpression? node, IReadOnlySet<string> functions, List<Term> terms)
    {
        if (node is null)
            return;
        switch (node)
        {
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.And or ScriptBinaryOperator.Or } logical:
                Split(logical.Left, functions, terms);
                Split(logical.Right, functions, terms);
                break;
            case ScriptNestedExpression nested:
                Split(nested.Expression, functions, terms);
                break;
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not:
                Split(not.Right, functions, terms);
                break;
            default:
                var reads = new List<ScriptExpression>();
                CollectReads(node, functions, reads);
                terms.Add(new Term(node, reads));
                break;
        }
    }

    // The outermost member chains rooted at a model variable (lead.region, order.lines[0].amount), not function names.
    private static void CollectReads(ScriptNode? node, IReadOnlySet<string> functions, List<ScriptExpression> reads)
    {
        if (node is null)
            return;
        if (node is ScriptMemberExpression or ScriptIndexerExpression or ScriptVariableGlobal && Root(node) is { } root && !functions.Contains(root))
        {
            if (!reads.Any(r => r.ToString() == node.ToString())) // the same member read twice is shown once
                reads.Add((ScriptExpression)node);
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            CollectReads(node.GetChildren(i), functions, reads);
    }

    private static string? Root(ScriptNode? node)
    {
        while (true)
        {
            switch (node)
            {
                case ScriptMemberExpression member:
                    node = member.Target;
                    break;
                case ScriptIndexerExpression indexer:
                    node = indexer.Target;
                    break;
                case ScriptVariableGlobal variable:
                    return variable.Name;
                default:
                    return null;
            }
        }
    }
}
