using System.Globalization;

namespace PluginCrm.Host.Export;

/// <summary>
/// Keeps a spreadsheet from running exported text as a formula (CSV injection, OWASP). Excel, LibreOffice and
/// Google Sheets take a cell starting with = + - @ as a formula, also behind leading blanks, and a leading tab or
/// CR as a cell break; Excel with an East Asian input method also takes the full-width ＝ ＋ － ＠.
/// </summary>
public static class FormulaInjection
{
    private const string FormulaStarts = "=+-@＝＋－＠";

    /// <summary>
    /// <paramref name="text"/> with a single quote in front when it starts with a tab or a CR, or when its first
    /// character that is not whitespace, a control character or an invisible format character (such as a
    /// zero-width space) is one of = + - @ ＝ ＋ － ＠; otherwise <paramref name="text"/> unchanged.
    /// </summary>
    public static string Neutralize(string text)
    {
        if (text.StartsWith('\t') || text.StartsWith('\r'))
            return "'" + text;
        foreach (var c in text)
        {
            // Blanks and invisible characters are skipped because the spreadsheet (or the reader's eye) skips them too.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                continue;
            return FormulaStarts.Contains(c) ? "'" + text : text;
        }
        return text;
    }
}
