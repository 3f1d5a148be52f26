using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// A record's copy as a template sees it (snake_case members), which also remembers the record it was copied from, so
/// that a plugin function taking a <c>CustomerRecord</c> gets the record the model holds (<c>notes.count_for customer</c>).
/// The template cannot reach the original: only the copied members are script members, and they are read-only.
/// </summary>
public sealed class RecordObject(object record) : ScriptObject(capacity: 24, autoImportStaticsFromThisType: false), IScriptConvertibleTo
{
    public bool TryConvertTo(TemplateContext context, SourceSpan span, Type type, out object value)
    {
        value = record;
        return type.IsInstanceOfType(record);
    }
}
