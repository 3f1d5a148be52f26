using System.Security.Cryptography;
using System.Text;

namespace PluginCrm.Training.Learn;

/// <summary>Unguessable tokens (256 random bits, base64url) and the SHA-256 kept in their place: a changed token finds nothing.</summary>
public static class LinkTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
