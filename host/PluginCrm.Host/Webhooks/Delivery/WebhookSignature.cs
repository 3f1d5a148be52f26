using System.Security.Cryptography;
using System.Text;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>
/// Signs a delivery as the Standard Webhooks specification does, so receivers can use its libraries or ten lines of
/// their own: <c>webhook-signature: v1,base64(HMAC-SHA256(secret, "{webhook-id}.{webhook-timestamp}.{body}"))</c>, the
/// secret being the bytes after <c>whsec_</c>. The timestamp lets a receiver refuse an old message played again.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";
    public const string IdHeader = "webhook-id", TimestampHeader = "webhook-timestamp", SignatureHeader = "webhook-signature";

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string eventId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var signed = Encoding.UTF8.GetBytes($"{eventId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
