using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Data.Core;

public sealed class User : RecordEntity
{
    /// <summary>The sign-in name, lower-case.</summary>
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public CrmRole Role { get; set; }
    public long? TeamId { get; set; }

    /// <summary>A salted PBKDF2 hash (see Access/PasswordHasher); empty for users who cannot sign in.</summary>
    public string PasswordHash { get; set; } = "";
    public bool Active { get; set; } = true;
}
