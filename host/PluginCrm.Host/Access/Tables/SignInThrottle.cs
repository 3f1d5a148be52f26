using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Access.Tables;

/// <summary>
/// Failed sign-ins of one e-mail, known user or not (so a lock tells nothing of who exists), kept in the database so
/// that every host process counts the same failures and an admin's unlock reaches all of them.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>The e-mail tried, lower-case.</summary>
    public required string Email { get; set; }

    /// <summary>Failures since <see cref="FirstFailureUtc"/>.</summary>
    public int Failures { get; set; }

    public DateTime FirstFailureUtc { get; set; }

    /// <summary>Until when every sign-in as this e-mail is refused, the right password included.</summary>
    public DateTime? LockedUntilUtc { get; set; }
}

/// <summary>The <c>sign_in_throttle</c> table.</summary>
public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> e)
    {
        e.ToTable("sign_in_throttle");
        e.HasKey(t => t.Email);
        e.Property(t => t.Email).HasMaxLength(254);
    }
}
