using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using PluginCrm.Host.Access;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Sdk.Records;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Turns SDK record DTOs into plain <see cref="ScriptObject"/>s (snake_case names, Scriban's default renamer): a
/// template sees copied values only, never an entity, a service or any .NET object it could reflect through.
/// </summary>
public static class TemplateModels
{
    /// <summary>The host's types whose properties a template may read.</summary>
    public static readonly IReadOnlySet<Type> DtoTypes = new HashSet<Type>
    {
        typeof(CustomerRecord), typeof(CompanyRecord), typeof(LeadRecord), typeof(DealRecord), typeof(OrderRecord),
        typeof(OrderLineRecord), typeof(ProductRecord), typeof(InteractionRecord), typeof(TaskRecord), typeof(UserView),
    };

    /// <summary>
    /// A template model type: one of the host's, or a public record of a module's contracts assembly (one marked
    /// <see cref="ModuleContractsAttribute"/>, which holds records and interfaces only), such as a complaint.
    /// </summary>
    public static bool IsDtoType(Type type) => DtoTypeAnswers.GetOrAdd(type, static t =>
        DtoTypes.Contains(t)
        || t is { IsPublic: true, IsClass: true, IsAbstract: false } && t.GetMethod("<Clone>$") is not null
            && t.Assembly.IsDefined(typeof(ModuleContractsAttribute), inherit: false));

    private static readonly ConcurrentDictionary<Enum, string> EnumNames = new();

    // Asked on every render (a model's records, Scriban's member filter): the answer for a type never changes.
    private static readonly ConcurrentDictionary<Type, bool> DtoTypeAnswers = new();

    // A record type's members as a template reads them, with a compiled getter each: found by reflection once a type.
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Shapes = new();

    /// <summary>Scriban's member filter: public instance properties declared by a DTO type, nothing else.</summary>
    public static bool IsDtoMember(MemberInfo member) =>
        member is PropertyInfo { DeclaringType: { } type } property && IsDtoType(type) && property.GetMethod is { IsPublic: true, IsStatic: false };

    public static ScriptObject FromRecord(object record)
    {
        if (!IsDtoType(record.GetType()))
            throw new ArgumentException($"{record.GetType().Name} is not a template model type.", nameof(record));
        var model = new RecordObject(record);
        foreach (var (name, get) in Shapes.GetOrAdd(record.GetType(), ShapeOf))
            model.SetValue(name, ToScript(get(record)), readOnly: true);
        return model;
    }

    private static (string Name, Func<object, object?> Get)[] ShapeOf(Type type)
    {
        var record = Expression.Parameter(typeof(object), "record");
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsDtoMember).Select(property =>
        {
            var read = Expression.Convert(Expression.Property(Expression.Convert(record, type), property), typeof(object));
            return (StandardMemberRenamer.Rename(property.Name), Expression.Lambda<Func<object, object?>>(read, record).Compile());
        }).ToArray();
    }

    /// <summary>
    /// A model (name to record, string, number, boolean, date, list, or a nested dictionary of those) as the globals a
    /// template sees; anything else is refused, so no live object reaches a template.
    /// </summary>
    public static ScriptObject FromModel(IReadOnlyDictionary<string, object?> model) => FromModel(model, new ScriptObject());

    /// <summary>The same, into <paramref name="globals"/> (a render's <see cref="RenderGlobals"/>).</summary>
    public static ScriptObject FromModel(IReadOnlyDictionary<string, object?> model, ScriptObject globals)
    {
        foreach (var (name, value) in model)
            globals.SetValue(name, ToScript(value), readOnly: true);
        return globals;
    }

    /// <summary>
    /// A value as a model holds it (a record as a read-only copy, an enum as the API spells it, a list as an array);
    /// anything else is refused. Plugin functions' results go through here too.
    /// </summary>
    public static object? ToScript(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or DateTime => value,
        float or short or byte => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime,
        IReadOnlyDictionary<string, object?> nested => FromModel(nested),
        // Enums as the API spells them, so a template compares with the same words: {{ if deal.stage == "won" }}.
        Enum e => EnumNames.GetOrAdd(e, static e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString())),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        IEnumerable list => ToArray(list),
        _ when IsDtoType(value.GetType()) => FromRecord(value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A template model cannot hold a {value.GetType().Name}: use SDK records, strings, numbers, booleans, dates, lists or dictionaries."),
    };

    private static ScriptArray ToArray(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list)
            array.Add(ToScript(item));
        return array;
    }
}
