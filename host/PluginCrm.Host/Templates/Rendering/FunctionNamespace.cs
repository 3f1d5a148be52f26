using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// One function namespace (<c>crm_text</c>, a plugin's), built once and shared by every render, so a template must not
/// change it. A template's writes (<c>crm_text.x = ...</c>, <c>crm_text["greeting"] = ...</c>, a variable, <c>capture</c>
/// or <c>func</c> inside <c>with crm_text</c>) end in <see cref="TrySetValue"/>, which refuses them by name; Scriban's
/// stock read-only object would refuse a new member only with "The object is readonly", naming nothing.
/// </summary>
public sealed class FunctionNamespace : ScriptObject
{
    public FunctionNamespace(string name, IReadOnlyDictionary<string, IScriptCustomFunction> functions) : base(functions.Count, autoImportStaticsFromThisType: false)
    {
        Name = name;
        foreach (var (member, function) in functions)
            SetValue(member, function, readOnly: true);
        // What does not go through TrySetValue checks this flag: an import into the namespace, readonly inside with.
        IsReadOnly = true;
    }

    public string Name { get; }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        IsReadOnly ? throw Refusal(span, Name) : base.TrySetValue(context, span, member, value, readOnly);

    /// <summary>The one message for every refused change to a namespace or its name.</summary>
    public static ScriptRuntimeException Refusal(SourceSpan span, string name) =>
        new(span, $"{name} is read-only: every template shares it");
}
