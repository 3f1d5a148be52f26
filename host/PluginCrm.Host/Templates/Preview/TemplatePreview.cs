using PluginCrm.Host.Api;
using PluginCrm.Host.Records;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Rules;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.Host.Templates.Preview;

/// <summary>
/// A preview request: a record by type and id, or the built-in sample; <c>body</c> (and <c>kind</c>, default message)
/// only for an unsaved template.
/// </summary>
public sealed record PreviewInput(string? RecordType, long? RecordId, bool? Sample, string? Body, TemplateKind? Kind = null);

/// <summary>A rendered template's output; for a rule, its value as output and why.</summary>
public sealed record PreviewResult(string Output, bool? Matched = null, string? Explanation = null, IReadOnlyList<RuleTerm>? Terms = null)
{
    public static PreviewResult Of(RuleOutcome rule) => new(rule.Matched ? "true" : "false", rule.Matched, rule.Explanation, rule.Terms);
}

/// <summary>
/// Renders a template for one record, read through <see cref="RecordReader"/> so the caller's visibility applies:
/// a record they may not see is a 404, like everywhere else.
/// </summary>
public sealed class TemplatePreview(TemplateStore store, TemplateRenderer renderer, RuleEngine rules, RecordReader records)
{
    public async Task<PreviewResult> SavedAsync(string key, PreviewInput input, ActingUser user, CancellationToken ct)
    {
        var template = await store.GetAsync(key, ct);
        return await RenderAsync(template.Body, input with { Kind = template.Kind }, user, ct);
    }

    /// <summary>A saved template against every sample record at once (customer, company, lead, deal, order, user).</summary>
    public async Task<PreviewResult> AllSamplesAsync(string key, CancellationToken ct)
    {
        var template = await store.GetAsync(key, ct);
        return Samples(template.Body, template.Kind, ct);
    }

    /// <summary>A body, saved or not, against every sample record at once: the console's preview as one types.</summary>
    public PreviewResult Samples(string body, TemplateKind kind, CancellationToken ct) => Render(body, kind, SampleRecords.All, ct);

    public Task<PreviewResult> UnsavedAsync(PreviewInput input, ActingUser user, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(input.Body) ? throw new InputException("body", "is required") : RenderAsync(input.Body, input, user, ct);

    private async Task<PreviewResult> RenderAsync(string body, PreviewInput input, ActingUser user, CancellationToken ct)
    {
        var type = input.RecordType?.Trim().ToLowerInvariant();
        if (type is null || !SampleRecords.All.ContainsKey(type))
            throw new InputException("recordType", $"must be one of: {string.Join(", ", SampleRecords.All.Keys)}");
        object record;
        if (input.Sample == true)
            record = SampleRecords.All[type]!;
        else if (input.RecordId is not { } id)
            throw new InputException("recordId", "is required unless sample is true");
        else
            record = await LoadAsync(type, id, user, ct);
        return Render(body, input.Kind ?? TemplateKind.Message, new Dictionary<string, object?> { [type] = record }, ct);
    }

    private PreviewResult Render(string body, TemplateKind kind, IReadOnlyDictionary<string, object?> model, CancellationToken ct)
    {
        if (kind != TemplateKind.Rule)
            return new PreviewResult(renderer.Render(body, model, ct));
        try
        {
            return PreviewResult.Of(rules.Evaluate(body, model, ct));
        }
        catch (RuleException ex)
        {
            throw new TemplateRenderException(ex.Message, ex); // a 422, as for a message template that fails
        }
    }

    private async Task<object> LoadAsync(string type, long id, ActingUser user, CancellationToken ct) => type switch
    {
        "customer" => await records.GetAsync(CoreRecords.Customers, id, user, ct),
        "company" => await records.GetAsync(CoreRecords.Companies, id, user, ct),
        "lead" => await records.GetAsync(CoreRecords.Leads, id, user, ct),
        "deal" => await records.GetAsync(CoreRecords.Deals, id, user, ct),
        "order" => await records.GetAsync(CoreRecords.Orders, id, user, ct),
        _ => throw new InputException("recordId", $"{type} previews use the sample record only (sample: true)"),
    };
}
