using Scriban;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Scriban's built-in functions (<c>string</c>, <c>array</c>, <c>date</c>, ...) made once and shared by every render,
/// read-only throughout: a context made with its own copy spends most of a short render cloning them, and sharing an
/// unfrozen copy would let one template (<c>string.x = 1</c>) change what the next one sees.
/// </summary>
public static class FrozenBuiltins
{
    public static readonly ScriptObject Shared = Freeze(TemplateContext.GetDefaultBuiltinObject(), new HashSet<ScriptObject>(ReferenceEqualityComparer.Instance));

    private static ScriptObject Freeze(ScriptObject target, HashSet<ScriptObject> seen)
    {
        if (!seen.Add(target))
            return target;
        foreach (var value in target.Values)
            if (value is ScriptObject inner)
                Freeze(inner, seen);
        target.IsReadOnly = true;
        return target;
    }
}
