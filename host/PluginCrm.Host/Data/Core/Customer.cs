using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

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
