using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

public sealed class Customer : RecordEntity, IOwned
{
    public string Name { get; set; } = "";
    public CustomerKind Kind { get; set; }
    public long? CompanyId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? Birthday { get; set; }
    public string? Source { get; set; }
    public string? Region { get; set; }
    public string? Language { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public LifecycleStage Stage { get; set; }

    /// <summary>Tags as <c>|vip|east|</c>, so that one tag is found with a plain LIKE on any provider.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Consent must be given explicitly; without it nothing is sent to the customer.</summary>
    public bool ConsentToContact { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>The phone's <see cref="ContactKeys.Phone"/>, kept by the record kind on every write, for search and imports.</summary>
    public string? PhoneKey { get; set; }

    /// <summary>The name's <see cref="ContactKeys.Name"/>, kept by the record kind on every write, for search.</summary>
    public string? NameKey { get; set; }
}

/// <summary>The <c>customers</c> table.</summary>
public sealed class CustomerConfiguration : RecordConfiguration<Customer>
{
    protected override string Table => "customers";

    protected override void ConfigureRecord(EntityTypeBuilder<Customer> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Email).HasMaxLength(254);
        e.Property(c => c.Phone).HasMaxLength(40);
        e.Property(c => c.ExternalId).HasMaxLength(64);
        e.HasIndex(c => c.Email);
        e.HasIndex(c => c.Phone);
        e.Property(c => c.PhoneKey).HasMaxLength(40);
        e.Property(c => c.NameKey).HasMaxLength(200);
        e.HasIndex(c => c.PhoneKey);
        e.HasIndex(c => c.ExternalId).IsUnique();
        // A company's customers, and a search that matches a company's name: without it, either reads every customer.
        e.HasIndex(c => c.CompanyId);
        // With DeletedUtc, a rep's (or a team's) customers are counted from the index alone, and an admin's count scans
        // this index rather than the table. A DeletedUtc index of its own was tried: SQLite then took it for a rep's list too
        // (a million entries, each row read for its owner) over these, 0.5 s instead of 12 ms at a million customers.
        e.HasIndex(c => new { c.OwnerId, c.DeletedUtc });
        e.HasIndex(c => new { c.TeamId, c.DeletedUtc });
        // Retention counts the customers nothing changed since before the period per owner and team, and reads the others'
        // stage: from this index alone, not from the wide rows (an admin's month at a million customers: 2 s to 1 s).
        e.HasIndex(c => new { c.OwnerId, c.TeamId, c.Stage, c.CreatedUtc, c.UpdatedUtc, c.DeletedUtc });
    }
}
