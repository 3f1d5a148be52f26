namespace PluginCrm.Sdk.Records;

/// <summary>A customer record (客户档案) as the API and pipeline steps see it.</summary>
/// <param name="Id">The id; 0 before the record is created.</param>
/// <param name="Name">The person's or contact's name.</param>
/// <param name="Kind">A person or a company contact.</param>
/// <param name="CompanyId">The company (account), if any.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Phone">The phone number.</param>
/// <param name="Birthday">The birthday, for care greetings.</param>
/// <param name="Source">Where the customer came from (channel).</param>
/// <param name="Region">The region or territory.</param>
/// <param name="Language">The preferred language, e.g. <c>zh</c>.</param>
/// <param name="OwnerId">The responsible rep.</param>
/// <param name="TeamId">The owning team.</param>
/// <param name="Stage">The lifecycle stage.</param>
/// <param name="Tags">Free tags and segments, lower-case.</param>
/// <param name="ConsentToContact">False when the customer withdrew consent: nothing is sent to them.</param>
/// <param name="ExternalId">The id in the system the customer was imported from.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version; send it back on update.</param>
public sealed record CustomerRecord(
    long Id, string Name, CustomerKind Kind, long? CompanyId, string? Email, string? Phone, DateOnly? Birthday,
    string? Source, string? Region, string? Language, long? OwnerId, long? TeamId, LifecycleStage Stage,
    IReadOnlyList<string> Tags, bool ConsentToContact, string? ExternalId, DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
