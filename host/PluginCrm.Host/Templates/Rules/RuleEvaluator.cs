using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.Host.Templates.Rules;

/// <summary>The SDK's <see cref="IRuleEvaluator"/>: the <see cref="RuleEngine"/>, plus rules kept in the template store.</summary>
public sealed class RuleEvaluator(RuleEngine engine, TemplateStore store) : IRuleEvaluator
{
    public IReadOnlyList<string> Validate(string expression, IReadOnlyDictionary<string, object?> sampleModel) => engine.Validate(expression, sampleModel, completeModel: true);

    public RuleOutcome Evaluate(string expression, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken) =>
        engine.Evaluate(expression, model, cancellationToken);

    public async Task<RuleOutcome> EvaluateTemplateAsync(string templateKey, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(templateKey, cancellationToken);
        if (template.Kind != TemplateKind.Rule)
            throw new RuleException($"Template '{templateKey}' is a {template.Kind.ToString().ToLowerInvariant()} template, not a rule.");
        return engine.Evaluate(template.Body, model, cancellationToken) with { TemplateVersion = template.CurrentVersion };
    }
}
