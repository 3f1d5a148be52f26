using System.Globalization;
using System.Text;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>
/// Normalised contact keys: full-width characters folded to their ASCII forms (NFKC), then a phone keeps only its
/// digits, an e-mail is lower-cased without spaces, a company name keeps only lower-cased letters and digits
/// (so "ACME Ltd." and "acme ltd" meet, and so do "１３８ ００１３ ８０００" and "138-0013-8000").
/// </summary>
public static class ContactKeys
{
    public static string? Phone(string? phone)
    {
        var digits = Keep(phone, char.IsAsciiDigit, lower: false);
        return digits is { Length: >= 5 } ? digits : null;
    }

    public static string? Email(string? email) => Keep(email, c => !char.IsWhiteSpace(c), lower: true);

    public static string? Company(string? name) => Keep(name, char.IsLetterOrDigit, lower: true);

    /// <summary>The keys of a record: (kind, value) for each of phone, email and company that it has.</summary>
    public static IEnumerable<(string Kind, string Value)> Of(string? phone, string? email, string? company)
    {
        if (Phone(phone) is { } p)
            yield return ("phone", p);
        if (Email(email) is { } e)
            yield return ("email", e);
        if (Company(company) is { } c)
            yield return ("company", c);
    }

    private static string? Keep(string? text, Func<char, bool> keep, bool lower)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(keep))
            kept.Append(lower ? char.ToLower(c, CultureInfo.InvariantCulture) : c);
        return kept.Length == 0 ? null : kept.ToString();
    }
}
