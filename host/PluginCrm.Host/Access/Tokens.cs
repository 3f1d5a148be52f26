using System.Security.Cryptography;
using System.Text;

namespace PluginCrm.Host.Access;

/// <summary>
/// Bearer secrets: 32 random bytes with a prefix that says what they are (<c>crm_s_</c> a sign-in session,
/// <c>crm_k_</c> an API key). Only the SHA-256 of a secret is stored.
/// </summary>
public static class Tokens
{
    public const string SessionPrefix = "crm_s_", ApiKeyPrefix = "crm_k_";

    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
