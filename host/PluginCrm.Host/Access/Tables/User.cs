using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access.Tables;

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

    /// <summary>The language the user chose in the console (a culture name such as <c>zh-CN</c>); null for the browser's.</summary>
    public string? Language { get; set; }
}

/// <summary>The <c>users</c> table.</summary>
public sealed class UserConfiguration : RecordConfiguration<User>
{
    protected override string Table => "users";

    protected override void ConfigureRecord(EntityTypeBuilder<User> e)
    {
        e.Property(u => u.Email).HasMaxLength(254);
        e.Property(u => u.Language).HasMaxLength(16);
        e.HasIndex(u => u.Email).IsUnique();
    }
}
