using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

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
    public static readonly CsvConfiguration Options = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
        // Quote a lone CR or LF too (the default looks only for the whole newline), and edge spaces a reader might trim.
        ShouldQuote = args => args.Field is { Length: > 0 } f && (f.AsSpan().IndexOfAny(",\"\r\n") >= 0 || f[0] == ' ' || f[^1] == ' '),
    };

    /// <summary>A writer on <paramref name="output"/> with these options and a UTF-8 byte order mark; the stream stays open.</summary>
    public static CsvWriter Writer(Stream output) =>
        new(new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true), Options);

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary><c>customers-20260131.csv</c>, dated in UTC like everything else the host records.</summary>
    public static string Name(string route, TimeProvider time) => $"{route}-{time.GetUtcNow():yyyyMMdd}.csv";
}
