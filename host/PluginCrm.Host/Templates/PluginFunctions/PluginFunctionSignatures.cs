using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Plugins;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.PluginFunctions;

/// <summary>
/// Reads a plugin's template functions class when the plugin loads: each public instance method it declares is a
/// function named in snake_case, and one whose parameter or return type a template cannot pass or read is refused
/// there, naming the function and the type, rather than failing in the middle of someone's render.
/// </summary>
public static partial class PluginFunctionSignatures
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateOnly),
    ];

    /// <summary>The SDK's records a template holds (the host's own views, such as users, stay out of plugins' reach).</summary>
    private static readonly HashSet<Type> Records = TemplateModels.DtoTypes.Where(t => t.Assembly == typeof(ICrmPlugin).Assembly).ToHashSet();

    private static readonly Type[] ListInterfaces =
    [
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>), typeof(IList<>), typeof(ICollection<>),
    ];

    private const string Allowed =
        "a template function takes and returns strings, bool, int, long, double, decimal, DateTime, DateOnly, the SDK's records, or lists of them";

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex NamePattern();

    /// <summary>The functions of <paramref name="type"/> by template name; throws <see cref="PluginLoadException"/> for one a template cannot call.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> Read(Type type, string templateNamespace)
    {
        if (type.IsAbstract || type.IsGenericTypeDefinition)
            throw new PluginLoadException($"template functions {type.Name} must be a concrete class");
        var functions = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (method.IsSpecialName || method.IsDefined(typeof(CompilerGeneratedAttribute)))
                continue; // property accessors, a record's generated members
            var name = StandardMemberRenamer.Rename(method.Name);
            var described = $"template function '{templateNamespace}.{name}' ({type.Name}.{method.Name})";
            if (!NamePattern().IsMatch(name))
                throw new PluginLoadException($"{described}: its name must become lower-case letters, digits or '_'");
            if (method.ContainsGenericParameters)
                throw new PluginLoadException($"{described} is generic; a template cannot choose a type");
            foreach (var parameter in method.GetParameters())
            {
                if (parameter.ParameterType.IsByRef)
                    throw new PluginLoadException($"{described}: parameter '{parameter.Name}' is ref or out; {Allowed}");
                if (!IsParameter(parameter.ParameterType))
                    throw new PluginLoadException($"{described}: parameter '{parameter.Name}' is a {Describe(parameter.ParameterType)}; {Allowed}");
            }
            if (!IsResult(Unwrapped(method.ReturnType)))
                throw new PluginLoadException($"{described} returns {(IsNothing(method.ReturnType) ? "nothing" : $"a {Describe(method.ReturnType)}")}; {Allowed}");
            if (!functions.TryAdd(name, method))
                throw new PluginLoadException($"{described}: there is another function of that name (overloads are not supported)");
        }
        return functions.Count > 0 ? functions : throw new PluginLoadException($"template functions {type.Name} declare no public instance method");
    }

    /// <summary>The element type of a list parameter a template can pass (<c>string[]</c>, <c>IReadOnlyList&lt;CustomerRecord&gt;</c>, ...), else null.</summary>
    public static Type? ListElement(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && ListInterfaces.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0]
            : null;
        return element is not null && IsValue(element) ? element : null;
    }

    /// <summary>The value type of a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>; the type itself otherwise.</summary>
    public static Type Unwrapped(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    private static bool IsValue(Type type) => Scalars.Contains(Nullable.GetUnderlyingType(type) ?? type) || Records.Contains(type);

    private static bool IsParameter(Type type) => IsValue(type) || ListElement(type) is not null;

    private static bool IsResult(Type type) =>
        IsValue(type) || !IsNothing(type) && type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsValue(i.GetGenericArguments()[0]));

    private static bool IsNothing(Type type) => type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask);

    private static string Describe(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>" : type.Name;
}
