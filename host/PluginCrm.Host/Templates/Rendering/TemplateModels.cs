using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using PluginCrm.Host.Access;
using PluginCrm.Sdk.Records;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Turns SDK record DTOs into plain <see cref="ScriptObject"/>s (snake_case names, Scriban's default renamer): a
/// template sees copied values only, never an entity, a service or any .NET object it could reflect through.
/// </summary>
public static class TemplateModels
{
    /// <summary>The only types whose properties a template may read.</summary>
    public static readonly IReadOnlySet<Type> DtoTypes = new HashSet<Type>
    {
        typeof(CustomerRecord), typeof(CompanyRecord), typeof(LeadRecord), typeof(DealRecord), typeof(OrderRecord),
        typeof(OrderLineRecord), typeof(ProductRecord), typeof(InteractionRecord), typeof(UserView),
    };

    /// <summary>Scriban's member filter: public instance properties declared by a DTO type, nothing else.</summary>
    public static bool IsDtoMember(MemberInfo member) =>
        member is PropertyInfo { DeclaringType: { } type } property && DtoTypes.Contains(type) && property.GetMethod is { IsPublic: true, IsStatic: false };

    public static ScriptObject FromRecord(object record)
    {
        if (!DtoTypes.Contains(record.GetType()))
            throw new ArgumentException($"{record.GetType().Name} is not a template model type.", nameof(record));
        var model = new ScriptObject();
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsDtoMember))
            model.SetValue(StandardMemberRenamer.Rename(property.Name), Value(property.GetValue(record)), readOnly: true);
        return model;
    }

    /// <summary>
    /// A model value: a DTO as <see cref="FromRecord"/>, a string-keyed map as a <see cref="ScriptObject"/> of model
    /// values, a list as an array, a scalar as itself; anything else only as its text.
    /// </summary>
    public static object? Value(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or DateTime => value,
        // Enums as the API spells them, so a template compares with the same words: {{ if deal.stage == "won" }}.
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        IEnumerable<KeyValuePair<string, object?>> map => FromMap(map),
        IEnumerable list => ToArray(list),
        _ when DtoTypes.Contains(value.GetType()) => FromRecord(value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static ScriptObject FromMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var model = new ScriptObject();
        foreach (var (name, value) in map)
            model.SetValue(name, Value(value), readOnly: true);
        return model;
    }

    private static ScriptArray ToArray(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list)
            array.Add(Value(item));
        return array;
    }
}
