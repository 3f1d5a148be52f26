using System.Globalization;

namespace PluginCrm.Host.Imports;

/// <summary>
/// Reads the cells of one row of an import file. A cell that does not parse is a row error naming its column
/// (<c>'x' is not a number</c>) and reads as null, so that an importer reads every cell of a row and then checks the
/// row's errors once. An empty cell (null) is no value and no error; where a cell is required, pass "" for it.
/// </summary>
public readonly struct CsvCells(ImportSession session, string file, int row)
{
    public void Error(string column, string reason) => session.Error(file, row, column, reason);

    /// <summary>A date in one of <paramref name="formats"/>; <paramref name="what"/> completes "'x' is not …".</summary>
    public DateOnly? Date(string column, string? text, string[] formats, string what)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return NotA<DateOnly>(column, text, what);
    }

    /// <summary>A time in <paramref name="format"/>, read as UTC.</summary>
    public DateTime? UtcTime(string column, string? text, string format, string what)
    {
        if (text is null)
            return null;
        if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        return NotA<DateTime>(column, text, what);
    }

    public decimal? Number(string column, string? text, NumberStyles styles = NumberStyles.Number, string what = "a number")
    {
        if (text is null)
            return null;
        if (decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var number))
            return number;
        return NotA<decimal>(column, text, what);
    }

    /// <summary>A count: digits only, no sign.</summary>
    public int? WholeNumber(string column, string? text)
    {
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;
        return NotA<int>(column, text, "a whole number");
    }

    /// <summary>One of <typeparamref name="T"/>'s names, in any case, with or without <c>_</c> and <c>-</c> (<c>at-risk</c> is AtRisk).</summary>
    public T? Enum<T>(string column, string text) where T : struct, Enum
    {
        if (System.Enum.TryParse<T>(text.Replace("_", "").Replace("-", ""), ignoreCase: true, out var value) && System.Enum.IsDefined(value))
            return value;
        return NotA<T>(column, text, $"one of {string.Join(", ", System.Enum.GetNames<T>())}");
    }

    /// <summary>One of the texts a file uses for a value, each meaning one of <typeparamref name="T"/>; an empty cell is none of them.</summary>
    public T? OneOf<T>(string column, string? text, params (string Text, T Value)[] choices) where T : struct
    {
        foreach (var (choice, value) in choices)
        {
            if (choice == text)
                return value;
        }
        var texts = choices.Select(c => c.Text).ToList();
        return NotA<T>(column, text, $"{string.Join(", ", texts.SkipLast(1))} or {texts[^1]}");
    }

    /// <summary>Yes or no in the usual spellings; empty is no.</summary>
    public bool Consent(string column, string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "no" or "n" or "false" or "0": return false;
            case "yes" or "y" or "true" or "1": return true;
            default:
                Error(column, $"'{text}' is not yes or no");
                return false;
        }
    }

    /// <summary>The id of the record <paramref name="find"/> finds by the cell's text.</summary>
    public long? Reference(string column, string? text, Func<string, long?> find)
    {
        if (text is null)
            return null;
        if (find(text) is { } id)
            return id;
        Error(column, $"no record matches '{text}'");
        return null;
    }

    private T? NotA<T>(string column, string? text, string what) where T : struct
    {
        Error(column, $"'{text}' is not {what}");
        return null;
    }
}
