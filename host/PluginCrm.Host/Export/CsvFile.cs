using System.Globalization;
using CsvHelper;

namespace PluginCrm.Host.Export;

/// <summary>How every export file is written and named.</summary>
public static class CsvFile
{
    /// <summary>
    /// RFC 4180 (quotes where needed, CRLF), invariant numbers, booleans as the JSON API writes them, and a UTF-8
    /// byte order mark, without which Excel reads the file in the ANSI code page and garbles 王芳. CsvHelper's own
    /// injection guard stays off: it looks only at the very first character and only at ASCII, so "  =1" and
    /// "＝1" would pass; the layouts apply <see cref="FormulaInjection"/> to text cells instead.
    /// </summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
        Injection = CsvInjection.None,
    };

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary><c>customers-20260131.csv</c>, dated in UTC like everything else the host records.</summary>
    public static string Name(string route, TimeProvider time) => $"{route}-{time.GetUtcNow():yyyyMMdd}.csv";
}
