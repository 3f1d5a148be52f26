using System.Reflection;
using System.Text.Json;

namespace PluginCrm.Sdk.Screens;

/// <summary>Form fields made from a request record's schema, so a form and its endpoint cannot drift apart.</summary>
public static class FormFields
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// One field per public property of <typeparamref name="T"/>, in declaration order, named as JSON names it (camel case),
    /// labelled from its name (<c>ReceivedUtc</c> → "Received utc"), its kind from its type (numbers, decimal as money,
    /// bool, DateTime, DateOnly, enums as choices, long text for a <c>Description</c>, <c>Notes</c> or <c>Text</c>), and
    /// required when the type does not allow null. Change one with <see cref="With"/>, drop one with <see cref="Without"/>.
    /// </summary>
    public static IReadOnlyList<FormField> Of<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.GetMethod!.IsPublic)
            .Where(p => p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .Select(p => FieldOf(p))
            .ToList();

    /// <summary>The fields with the one named <paramref name="name"/> changed.</summary>
    public static IReadOnlyList<FormField> With(this IReadOnlyList<FormField> fields, string name, Func<FormField, FormField> change) =>
        fields.Any(f => f.Name == name)
            ? fields.Select(f => f.Name == name ? change(f) : f).ToList()
            : throw new ArgumentException($"there is no field '{name}'", nameof(name));

    /// <summary>The fields without those named.</summary>
    public static IReadOnlyList<FormField> Without(this IReadOnlyList<FormField> fields, params string[] names) =>
        fields.Where(f => !names.Contains(f.Name)).ToList();

    private static FormField FieldOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var kind = type == typeof(bool) ? FieldKind.Flag
            : type == typeof(decimal) ? FieldKind.Money
            : type == typeof(DateTime) || type == typeof(DateTimeOffset) ? FieldKind.DateTime
            : type == typeof(DateOnly) ? FieldKind.Date
            : type.IsEnum ? FieldKind.Choice
            : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) ? FieldKind.Number
            : property.Name is "Description" or "Notes" or "Text" or "Body" ? FieldKind.LongText
            : FieldKind.Text;
        var required = property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is null && kind != FieldKind.Flag
            : Nullability.Create(property).WriteState == NullabilityState.NotNull;
        return new FormField(JsonNamingPolicy.CamelCase.ConvertName(property.Name), Words(property.Name), kind)
        {
            Required = required,
            Choices = type.IsEnum ? Enum.GetNames(type).Select(n => new Choice(JsonNamingPolicy.CamelCase.ConvertName(n), Words(n))).ToList() : [],
        };
    }

    // "ReceivedUtc" → "Received utc"; "CustomerId" → "Customer id".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
