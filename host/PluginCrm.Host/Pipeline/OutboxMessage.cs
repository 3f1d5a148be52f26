using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// A PostCommit step to run for a committed change, written in the change's own transaction so it cannot be
/// lost, and delivered at least once with back-off.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Message { get; set; }
    public required string PluginId { get; set; }
    public required string StepType { get; set; }
    public required string Payload { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The <c>outbox</c> table.</summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("outbox");
        e.HasIndex(o => new { o.DeliveredUtc, o.NextAttemptUtc });
    }
}
