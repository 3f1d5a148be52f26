using System.Security.Cryptography;

namespace PluginCrm.Training.Certificates;

/// <summary>
/// Verification codes: 16 characters of Crockford's base 32 (80 random bits) in groups of four, easy to read aloud and
/// to type from paper, and not guessable.
/// </summary>
public static class CertificateCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        var bytes = RandomNumberGenerator.GetBytes(16);
        var chars = bytes.Select(b => Alphabet[b % 32]).ToArray();
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}-{new string(chars, 12, 4)}";
    }

    /// <summary>A code as typed (lower case, without dashes, O for 0, I or L for 1) in its printed form; null if it cannot be one.</summary>
    public static string? Normalise(string typed)
    {
        var chars = typed.ToUpperInvariant().Where(c => c != '-' && !char.IsWhiteSpace(c))
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray();
        if (chars.Length != 16 || chars.Any(c => !Alphabet.Contains(c)))
            return null;
        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..12]}-{code[12..]}";
    }
}
