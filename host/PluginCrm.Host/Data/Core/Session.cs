namespace PluginCrm.Host.Data.Core;

/// <summary>A sign-in. The bearer token is random and only its hash is kept, so a stolen database yields no tokens.</summary>
public sealed class Session
{
    public long Id { get; set; }
    public required string TokenHash { get; set; }
    public long UserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
