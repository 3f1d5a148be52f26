using System.Security.Cryptography;
using System.Text;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>Unguessable tokens (256 random bits, base64url) and the hash kept in their place.</summary>
public static class InvitationTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
