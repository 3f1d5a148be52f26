namespace PluginCrm.Sdk.Records;

/// <summary>A lead: a possible customer not yet qualified.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The contact's name.</param>
/// <param name="CompanyName">The company the contact named.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Phone">The phone number.</param>
/// <param name="Source">Where the lead came from.</param>
/// <param name="Region">The region or territory.</param>
/// <param name="Industry">The industry.</param>
/// <param name="Language">The preferred language.</param>
/// <param name="Product">The product of interest.</param>
/// <param name="EstimatedValue">The deal size the lead may bring.</param>
/// <param name="OwnerId">The responsible rep; null while unassigned.</param>
/// <param name="TeamId">The owning team.</param>
/// <param name="Status">Where the lead is in its handling.</param>
/// <param name="CustomerId">The customer it belongs to: the one it became once converted (<c>lead.convert</c>), or one it was
/// attached to when captured.</param>
/// <param name="CreatedUtc">When the lead was captured.</param>
/// <param name="UpdatedUtc">When the lead last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record LeadRecord(
    long Id, string Name, string? CompanyName, string? Email, string? Phone, string? Source, string? Region, string? Industry,
    string? Language, string? Product, decimal? EstimatedValue, long? OwnerId, long? TeamId, LeadStatus Status, long? CustomerId,
    DateTime CreatedUtc, DateTime UpdatedUtc, long Version)
{
    /// <summary>The deal its conversion opened (<c>lead.convert</c>); null when none was, or before it is converted.</summary>
    public long? ConvertedDealId { get; init; }
}
