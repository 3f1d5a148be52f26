using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Finds, before anything renders, members a template reads that its model does not have (<c>customer.nmae</c>):
/// every chain rooted at a model variable is walked against a sample model. Chains rooted elsewhere (loop variables,
/// function results) cannot be known before rendering and are left to the render's strict checks. A name the caller
/// says cannot be used now (a switched-off module's namespace) is a problem wherever the template reads it.
/// </summary>
public static class MemberCheck
{
    public static IReadOnlyList<string> Problems(ScriptNode root, string source, ScriptObject sample, Func<string, string?>? unavailable = null)
    {
        var problems = new List<string>();
        Visit(root, source, sample, unavailable ?? (_ => null), problems);
        return problems;
    }

    private static void Visit(ScriptNode? node, string source, ScriptObject sample, Func<string, string?> unavailable, List<string> problems)
    {
        if (node is null)
            return;
        var problem = node switch
        {
            ScriptMemberExpression or ScriptIndexerExpression => Check(node, sample),
            ScriptVariableGlobal { Name: var name } when !sample.ContainsKey(name) => unavailable(name),
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add(SourcePosition.At(source, node.Span.Start) + problem);
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            Visit(node.GetChildren(i), source, sample, unavailable, problems);
    }

    // The chain's value in the sample, step by step; null when the chain is fine or cannot be known.
    private static string? Check(ScriptNode chain, ScriptObject sample)
    {
        var steps = new List<ScriptNode>();
        var node = chain;
        while (node is ScriptMemberExpression or ScriptIndexerExpression)
        {
            steps.Add(node);
            node = node is ScriptMemberExpression member ? member.Target : ((ScriptIndexerExpression)node).Target;
        }
        if (node is not ScriptVariableGlobal { Name: var rootName } || !sample.TryGetValue(rootName, out var value))
            return null;
        steps.Reverse();
        var path = rootName;
        foreach (var step in steps)
        {
            if (step is ScriptMemberExpression { Member: ScriptVariable { Name: var name } })
            {
                if (value is not ScriptObject scope)
                    return null; // a string's or a list's built-in members (size, ...) are Scriban's to check
                if (!scope.TryGetValue(name, out value))
                    return $"{path} has no member '{name}'{Suggestion(scope, name)}";
                path += "." + name;
            }
            else
            {
                if (value is not IList { Count: > 0 } list)
                    return null;
                value = list[0]; // the sample's first element stands for every element
                path += "[]";
            }
        }
        return null;
    }

    private static string Suggestion(ScriptObject scope, string name)
    {
        var close = scope.Keys.OrderBy(k => Distance(k, name)).FirstOrDefault();
        return close is not null && Distance(close, name) <= 2 ? $" (did you mean '{close}'?)" : $"; it has: {string.Join(", ", scope.Keys.Order())}";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }

    /// <summary>The member problems of a parsed template against the sample records.</summary>
    public static IReadOnlyList<string> Problems(Template template, string source, IReadOnlyDictionary<string, object?> sample, Func<string, string?>? unavailable = null) =>
        template.Page is null ? [] : Problems(template.Page, source, TemplateModels.FromModel(sample), unavailable);
}
