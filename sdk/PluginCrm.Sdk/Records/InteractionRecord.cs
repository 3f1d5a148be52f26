namespace PluginCrm.Sdk.Records;

/// <summary>A contact with a customer: a call, an e-mail, a visit, a chat or a meeting.</summary>
/// <param name="Id">The id.</param>
/// <param name="CustomerId">The customer it was with; null for one with a lead not yet converted (see <see cref="LeadId"/>).</param>
/// <param name="DealId">The deal it was about, if any.</param>
/// <param name="Kind">Call, e-mail, visit, chat or meeting.</param>
/// <param name="OccurredUtc">When it happened.</param>
/// <param name="AuthorId">The user who had it.</param>
/// <param name="Notes">What was said.</param>
/// <param name="TaskId">
/// The open task this interaction completes: logging the interaction marks it done (<c>task.update</c>, in the same
/// transaction). It must be one the caller may change. Set when the interaction is logged; it cannot change after.
/// </param>
/// <param name="NextFollowUpUtc">
/// When to follow up next: logging the interaction creates a task for its author about the same customer, due then
/// (<c>task.create</c>, in the same transaction). Later than <paramref name="OccurredUtc"/>; set when the interaction is
/// logged, it cannot change after.
/// </param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record InteractionRecord(
    long Id, long? CustomerId, long? DealId, InteractionKind Kind, DateTime OccurredUtc, long? AuthorId, string Notes,
    long? TaskId, DateTime? NextFollowUpUtc, DateTime CreatedUtc, DateTime UpdatedUtc, long Version)
{
    /// <summary>
    /// The lead it was with, if any. A lead's interactions get its customer when the lead is converted (<c>lead.convert</c>)
    /// and keep the lead, so they read under both.
    /// </summary>
    public long? LeadId { get; init; }
}
