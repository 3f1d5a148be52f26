using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// The globals one render reads its model from and writes its own variables to, new for every render, so nothing set
/// here reaches the next one. A function namespace's name is refused (<c>crm_text = 1</c>, <c>func crm_text</c>):
/// shadowing it for the rest of the render would be harmless, but refusing says plainly that the functions are not the
/// template's to change. (<c>import {crm_text: 1}</c> writes past this check; it too stays in this render.)
/// </summary>
public sealed class RenderGlobals(IReadOnlySet<string> functionNamespaces) : ScriptObject(capacity: 8, autoImportStaticsFromThisType: false)
{
    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        functionNamespaces.Contains(member) ? throw FunctionNamespace.Refusal(span, member) : base.TrySetValue(context, span, member, value, readOnly);
}
