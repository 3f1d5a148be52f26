using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Access.Tables;

/// <summary>One change to a record: who, when, which message, and the record before and after (as JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public long? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Message { get; set; }
    public required string RecordType { get; set; }
    public long RecordId { get; set; }

    /// <summary>The name of a record known by text rather than id: a plugin's id, the e-mail of a sign-in.</summary>
    public string? RecordKey { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>Why the change was made, when the system made it on its own (a lifecycle move, a rule): the explanation a user reads.</summary>
    public string? Reason { get; set; }
}

/// <summary>The <c>audit</c> table.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit");
        e.Property(a => a.RecordKey).HasMaxLength(254);
        e.Property(a => a.Reason).HasMaxLength(1000);
        e.HasIndex(a => new { a.RecordType, a.RecordId });
        e.HasIndex(a => new { a.RecordType, a.RecordKey });
    }
}
