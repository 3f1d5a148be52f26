using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.LeadAssignment.Rules;

/// <summary>Checks a rule's conditions against a prospect; every condition is listed, so a decision can be explained.</summary>
public sealed class RuleMatcher(IRuleEvaluator? evaluator = null)
{
    public async Task<RuleMatch> MatchAsync(AssignmentRule rule, Prospect prospect, CancellationToken ct)
    {
        var conditions = new List<string>();
        var matched = OneOf("region", rule.Regions, prospect.Region, conditions)
            & OneOf("industry", rule.Industries, prospect.Industry, conditions)
            & OneOf("source", rule.Sources, prospect.Source, conditions)
            & OneOf("product", rule.Products, prospect.Product, conditions)
            & OneOf("language", rule.Languages, prospect.Language, conditions)
            & Within(rule.MinValue, rule.MaxValue, prospect.Value, conditions);
        if (rule.RuleTemplate is { } template)
        {
            if (evaluator is null)
                throw new InvalidOperationException($"rule '{rule.Name}' uses the rule template '{template}' but the host offers no rule evaluator");
            try
            {
                var outcome = await evaluator.EvaluateTemplateAsync(template, new Dictionary<string, object?> { [prospect.RecordType] = prospect.Record }, ct);
                conditions.Add($"template {template}: {outcome.Explanation}");
                matched &= outcome.Matched;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A broken or missing rule template must not stop lead capture: the rule just does not match, and says why.
                conditions.Add($"template {template} failed: {ex.Message}");
                matched = false;
            }
        }
        return new RuleMatch(rule.Id, rule.Name, matched, conditions);
    }

    public static IReadOnlyList<string> Values(string? list) =>
        list is null ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool OneOf(string field, string? accepted, string? actual, List<string> conditions)
    {
        if (accepted is null)
            return true;
        var ok = actual is not null && Values(accepted).Contains(actual.Trim(), StringComparer.OrdinalIgnoreCase);
        conditions.Add($"{field} in [{accepted}]: {(actual is null ? "none" : $"\"{actual}\"")} → {(ok ? "yes" : "no")}");
        return ok;
    }

    private static bool Within(decimal? min, decimal? max, decimal? value, List<string> conditions)
    {
        if (min is null && max is null)
            return true;
        var ok = value is { } v && (min is null || v >= min) && (max is null || v <= max);
        conditions.Add($"deal size in [{min?.ToString() ?? "…"}, {max?.ToString() ?? "…"}]: {value?.ToString() ?? "none"} → {(ok ? "yes" : "no")}");
        return ok;
    }
}
