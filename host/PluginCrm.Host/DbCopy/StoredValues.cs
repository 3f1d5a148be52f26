using System.Data.Common;
using System.Reflection;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// Reads a column as the type it is stored as (money a <c>long</c>, an enum a <c>string</c>), alike from either
/// provider: SQLite keeps times as text, dates as text and booleans as integers, which its reader turns back into
/// the types asked for.
/// </summary>
public static class StoredValues
{
    /// <summary>The types a copy carries; a column of another type is refused before anything is written.</summary>
    public static readonly IReadOnlySet<Type> Carried = new HashSet<Type>
    {
        typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(float), typeof(decimal),
        typeof(string), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(Guid), typeof(byte[]),
    };

    private static readonly MethodInfo Typed = typeof(StoredValues).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Func<DbDataReader, int, object?> ReaderOf(Type type) =>
        type == typeof(DateTime)
            // SQLite keeps no kind; every time in the CRM is UTC, and PostgreSQL takes only UTC for its timestamptz.
            ? (reader, i) => reader.IsDBNull(i) ? null : DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc)
            : Typed.MakeGenericMethod(type).CreateDelegate<Func<DbDataReader, int, object?>>();

    private static object? Read<T>(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
