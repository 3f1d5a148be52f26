using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace PluginCrm.Host.Export;

/// <summary>
/// The columns of one kind's CSV file, named and formatted as the JSON API writes the fields. Free text goes
/// through <see cref="FormulaInjection"/>; the values this exporter formats itself (ids, money, dates, enum names,
/// flags) cannot carry a formula and are written as they are, so a negative amount stays a number.
/// </summary>
public abstract class CsvLayout<T>
{
    public abstract IReadOnlyList<CsvColumn<T>> Columns { get; }

    public void WriteHeader(CsvWriter csv)
    {
        foreach (var column in Columns)
            csv.WriteField(column.Header);
        csv.NextRecord();
    }

    /// <summary>Writes the record's fields; the caller ends the record, asynchronously.</summary>
    public void WriteFields(CsvWriter csv, T record)
    {
        foreach (var column in Columns)
            column.Write(csv, record);
    }

    protected static CsvColumn<T> Text(string header, Func<T, string?> value) =>
        new(header, (csv, record) => csv.WriteField(value(record) is { } text ? FormulaInjection.Neutralize(text) : null));

    /// <summary>Tags as one cell, <c>vip;east</c> (a tag that itself contains ';' cannot be told apart on reading).</summary>
    protected static CsvColumn<T> Tags(string header, Func<T, IReadOnlyList<string>> value) =>
        Text(header, record => string.Join(';', value(record)));

    protected static CsvColumn<T> Integer(string header, Func<T, long?> value) =>
        new(header, (csv, record) => csv.WriteField(value(record)?.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Money in invariant culture (a point, no grouping), negative with a plain minus.</summary>
    protected static CsvColumn<T> Number(string header, Func<T, decimal?> value) =>
        new(header, (csv, record) => csv.WriteField(value(record)?.ToString(CultureInfo.InvariantCulture)));

    protected static CsvColumn<T> Date(string header, Func<T, DateOnly?> value) =>
        new(header, (csv, record) => csv.WriteField(value(record)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>
    /// ISO 8601 in UTC as System.Text.Json writes it: <c>2026-01-31T09:30:00Z</c>, fractions only when there are
    /// any. Every stored time is UTC; the kind is set so that the Z does not depend on how it was read back.
    /// </summary>
    protected static CsvColumn<T> Timestamp(string header, Func<T, DateTime> value) =>
        new(header, (csv, record) => csv.WriteField(DateTime.SpecifyKind(value(record), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture)));

    /// <summary>An enum member's camelCase name, as the API's JSON enum converter writes it.</summary>
    protected static CsvColumn<T> EnumName<TEnum>(string header, Func<T, TEnum> value) where TEnum : struct, Enum =>
        new(header, (csv, record) => csv.WriteField(JsonNamingPolicy.CamelCase.ConvertName(value(record).ToString())));

    protected static CsvColumn<T> Flag(string header, Func<T, bool> value) =>
        new(header, (csv, record) => csv.WriteField(value(record) ? "true" : "false"));
}
