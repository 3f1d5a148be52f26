using System.Collections;
using PluginCrm.Host.Templates.PluginFunctions;
using Scriban;
using Scriban.Parsing;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// One render's Scriban context, carrying what the shared function namespaces need from where the render runs: the
/// DI scope a plugin's functions are resolved from, and the module switches as that scope reads them.
/// </summary>
public sealed class RenderContext(IServiceProvider services, ModuleReading modules) : TemplateContext(FrozenBuiltins.Shared)
{
    public IServiceProvider Services { get; } = services;

    public ModuleReading Modules { get; } = modules;

    /// <summary>
    /// Scriban's conversions, plus two a plugin function's parameters need: a date to a <see cref="DateOnly"/>, and a
    /// template's array to a typed array (for <c>T[]</c> and <c>IReadOnlyList&lt;T&gt;</c>). Records convert themselves
    /// (<see cref="RecordObject"/>).
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (value is DateTime date && (Nullable.GetUnderlyingType(destinationType) ?? destinationType) == typeof(DateOnly))
            return DateOnly.FromDateTime(date);
        if (value is IList list && PluginFunctionSignatures.ListElement(destinationType) is { } element && destinationType.IsAssignableFrom(element.MakeArrayType()))
        {
            var array = Array.CreateInstance(element, list.Count);
            for (var i = 0; i < list.Count; i++)
                array.SetValue(ToObject(span, list[i], element), i);
            return array;
        }
        return base.ToObject(span, value, destinationType);
    }
}
