using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

public sealed class Interaction : RecordEntity
{
    public long? CustomerId { get; set; }

    /// <summary>The lead it was with; kept when the lead's conversion gives it the customer.</summary>
    public long? LeadId { get; set; }
    public long? DealId { get; set; }
    public InteractionKind Kind { get; set; }
    public DateTime OccurredUtc { get; set; }
    public long? AuthorId { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>The task logging this interaction completed.</summary>
    public long? TaskId { get; set; }

    /// <summary>When the follow-up task logging this interaction created is due.</summary>
    public DateTime? NextFollowUpUtc { get; set; }
}

/// <summary>The <c>interactions</c> table.</summary>
public sealed class InteractionConfiguration : RecordConfiguration<Interaction>
{
    protected override string Table => "interactions";

    protected override void ConfigureRecord(EntityTypeBuilder<Interaction> e)
    {
        e.HasIndex(i => new { i.CustomerId, i.OccurredUtc });
        e.HasIndex(i => i.LeadId);
    }
}
