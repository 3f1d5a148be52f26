namespace PluginCrm.Sdk.Records;

/// <summary>A deal (sales opportunity) moving through the funnel.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">What is being sold to whom.</param>
/// <param name="CompanyId">The buying company.</param>
/// <param name="CustomerId">The buying customer (contact).</param>
/// <param name="ProductId">The product.</param>
/// <param name="OwnerId">The responsible rep.</param>
/// <param name="TeamId">The owning team.</param>
/// <param name="Stage">The funnel stage.</param>
/// <param name="Value">The deal value (for won deals, the close value).</param>
/// <param name="EngagedOn">When work on the deal started.</param>
/// <param name="ClosedOn">When the deal was won or lost.</param>
/// <param name="ExternalId">The id in the system it was imported from.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record DealRecord(
    long Id, string Title, long? CompanyId, long? CustomerId, long? ProductId, long? OwnerId, long? TeamId, DealStage Stage,
    decimal? Value, DateOnly? EngagedOn, DateOnly? ClosedOn, string? ExternalId, DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
