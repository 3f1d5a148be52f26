namespace PluginCrm.Sdk.Templates;

/// <summary>
/// Rules: boolean Scriban expressions over a model, such as <c>lead.region == "East" &amp;&amp; lead.estimated_value &gt; 10000</c>,
/// evaluated in the same sandbox as templates. A model maps names (<c>lead</c>, <c>customer</c>) to SDK records
/// (<c>PluginCrm.Sdk.Records</c>), strings, numbers, booleans, dates, lists, or nested dictionaries of those; record
/// members are read in snake_case and enums as the API spells them (<c>"won"</c>).
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>
    /// The problems of <paramref name="expression"/> against a model of this shape, each with line and column:
    /// syntax errors, a statement that is not an expression, and members the model does not have
    /// (<c>lead.regoin</c>). Empty when the rule is good.
    /// </summary>
    IReadOnlyList<string> Validate(string expression, IReadOnlyDictionary<string, object?> sampleModel);

    /// <summary>
    /// Evaluates the rule. A result that is not a boolean, a missing member or a broken limit throws
    /// <see cref="RuleException"/>.
    /// </summary>
    RuleOutcome Evaluate(string expression, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken);

    /// <summary>Evaluates the current version of the stored <c>rule</c> template <paramref name="templateKey"/>.</summary>
    Task<RuleOutcome> EvaluateTemplateAsync(string templateKey, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken);
}

/// <summary>The result of a rule and why.</summary>
/// <param name="Matched">The rule's value.</param>
/// <param name="Explanation">One line a person reads, e.g. <c>true: lead.region == "East" (lead.region = "East") and lead.estimated_value &gt; 10000 (lead.estimated_value = 25000)</c>.</param>
/// <param name="Terms">Each comparison or condition of the rule with the values it saw and its own result, in reading order.</param>
/// <param name="TemplateVersion">The template version evaluated, for rules read from the store.</param>
public sealed record RuleOutcome(bool Matched, string Explanation, IReadOnlyList<RuleTerm> Terms, int? TemplateVersion = null);

/// <summary>One condition of a rule.</summary>
/// <param name="Expression">The condition as written, e.g. <c>lead.region == "East"</c>.</param>
/// <param name="Result">Its value as text, e.g. <c>true</c>.</param>
/// <param name="Values">The member values it read, e.g. <c>lead.region = "East"</c>.</param>
public sealed record RuleTerm(string Expression, string Result, IReadOnlyList<string> Values);

/// <summary>A rule that cannot be evaluated: it does not parse, is not boolean, reads a missing member or breaks a limit.</summary>
public sealed class RuleException(string message) : Exception(message);
