using System.Text;

namespace PluginCrm.Host.Imports.Customers;

/// <summary>
/// The forms in which two spellings of one e-mail or phone number compare equal: case and surrounding space
/// for e-mail; for phones, full-width digits folded (NFKC) and everything but digits and a leading + removed.
/// </summary>
public static class ContactKeys
{
    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        var folded = phone.Normalize(NormalizationForm.FormKC).Trim();
        var digits = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
                digits.Append(c);
        }
        return digits.Length < 5 ? null : digits.ToString();
    }
}
