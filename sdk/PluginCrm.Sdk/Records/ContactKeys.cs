using System.Text;

namespace PluginCrm.Sdk.Records;

/// <summary>
/// The one normaliser of contact details: the forms in which two spellings of one phone number, e-mail address, company
/// or person's name compare equal. The host stores these keys beside customers and leads and searches by them; imports
/// match rows by them; lead assignment detects duplicates by them. Every key starts by folding the text with Unicode
/// NFKC, so full-width forms (<c>１３８</c>, <c>＋８６</c>, <c>ＡＣＭＥ</c>) read as their ASCII forms. Each returns
/// null when nothing is left to compare.
/// </summary>
public static class ContactKeys
{
    /// <summary>The fewest digits a phone key has: fewer do not tell two people apart (an extension, a typo).</summary>
    public const int MinPhoneDigits = 5;

    // ITU-T E.164 calling codes are prefix-free: 1 (North America) and 7 (Russia, Kazakhstan) have one digit, these two,
    // and every other code three (e.g. 852 Hong Kong, 886 Taiwan, 971 UAE). So the longest code that matches is the only one.
    private static readonly HashSet<string> TwoDigitCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86",
        "90", "91", "92", "93", "94", "95", "98",
    ];

    /// <summary>
    /// A phone number's key: its digits after NFKC, without the country calling code and the national trunk prefix, so
    /// <c>+86 138 0013 8000</c>, <c>0086-13800138000</c>, <c>138-0013-8000</c> and <c>１３８００１３８０００</c> all give
    /// <c>13800138000</c>. The number is international when it starts with <c>+</c> or with <c>00</c>; the calling code
    /// after it is then dropped: <c>1</c> or <c>7</c>, a two-digit code of ITU-T E.164 (20, 27, 30–34, 36, 39, 40, 41,
    /// 43–49, 51–58, 60–66, 81, 82, 84, 86, 90–95, 98), or else the next three digits (E.164 codes are prefix-free, so this
    /// is the longest match). Then one leading <c>0</c>, the national trunk prefix, is dropped, written or not
    /// (<c>+44 (0)20 7946 0000</c> and <c>020 7946 0000</c> both give <c>2079460000</c>). Digits without <c>+</c> or
    /// <c>00</c> are read as a national number: <c>8613800138000</c> keeps its 86. Null for fewer than
    /// <see cref="MinPhoneDigits"/> digits.
    /// </summary>
    public static string? Phone(string? phone)
    {
        if (Digits(phone) is not { } digits)
            return null;
        var international = phone!.Normalize(NormalizationForm.FormKC).FirstOrDefault(c => c == '+' || char.IsAsciiDigit(c)) == '+';
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
            (international, digits) = (true, digits[2..]);
        if (international)
            digits = digits[CallingCodeLength(digits)..];
        if (digits.StartsWith('0'))
            digits = digits[1..];
        return digits.Length >= MinPhoneDigits ? digits : null;
    }

    /// <summary>
    /// A text's ASCII digits after NFKC, and nothing else, with no prefix dropped: what a partial number typed into a search
    /// is also looked for by, since a fragment (<c>0013 8000</c>) has no country code to drop. Null when there are none.
    /// </summary>
    public static string? Digits(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var digits = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit))
            digits.Append(c);
        return digits.Length == 0 ? null : digits.ToString();
    }

    /// <summary>An e-mail address's key: NFKC, trimmed, lower-case (<c> Wang@Example.CN </c> gives <c>wang@example.cn</c>).</summary>
    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant() is { Length: > 0 } key ? key : null;

    /// <summary>
    /// A company name's key: NFKC, then only its letters and digits (any script), lower-case, so <c>ACME Ltd.</c>,
    /// <c>acme ltd</c> and <c>ＡＣＭＥ　ＬＴＤ</c> give <c>acmeltd</c>, and <c>华为 技术</c> gives <c>华为技术</c>.
    /// </summary>
    public static string? Company(string? name) => LettersAndDigits(name);

    /// <summary>A person's name's key, folded as <see cref="Company"/> is: <c>王 小明</c> and <c>王小明</c> meet, and so do <c>Li Wei</c> and <c>LI-WEI</c>.</summary>
    public static string? Name(string? name) => LettersAndDigits(name);

    private static string? LettersAndDigits(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
                kept.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return kept.Length == 0 ? null : kept.ToString();
    }

    private static int CallingCodeLength(string digits) => digits switch
    {
        [] or ['0', ..] => 0,
        ['1' or '7', ..] => 1,
        _ when digits.Length >= 2 && TwoDigitCodes.Contains(digits[..2]) => 2,
        _ => Math.Min(3, digits.Length),
    };
}
