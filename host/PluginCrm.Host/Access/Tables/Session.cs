using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Access.Tables;

/// <summary>A sign-in. The bearer token is random and only its hash is kept, so a stolen database yields no tokens.</summary>
public sealed class Session
{
    public long Id { get; set; }
    public required string TokenHash { get; set; }
    public long UserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}

/// <summary>The <c>sessions</c> table.</summary>
public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> e)
    {
        e.ToTable("sessions");
        e.HasIndex(s => s.TokenHash).IsUnique();
    }
}
