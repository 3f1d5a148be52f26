namespace PluginCrm.Feedback.Contracts;

/// <summary>
/// A customer's complaint, the feedback module's record type <c>complaint</c>, published to other plugins through the
/// pipeline messages of <see cref="FeedbackMessages"/> (steps see this record as before and after image).
/// </summary>
/// <param name="Id">The id.</param>
/// <param name="CustomerId">The customer who complained.</param>
/// <param name="Subject">A one-line summary.</param>
/// <param name="Description">What the customer said.</param>
/// <param name="Category">The category an admin configured, e.g. <c>delivery</c>.</param>
/// <param name="Channel">How it reached us: <c>phone</c>, <c>email</c>, <c>web</c>, <c>chat</c>, <c>visit</c>, <c>social</c> or <c>other</c>.</param>
/// <param name="Priority">How urgent it is; sets the deadlines.</param>
/// <param name="Status">Where it is in its handling.</param>
/// <param name="OwnerId">The user handling it; null while unassigned.</param>
/// <param name="TeamId">The owner's team.</param>
/// <param name="ReceivedUtc">When the customer complained; the deadlines run from here.</param>
/// <param name="RespondByUtc">The deadline of the first response to the customer.</param>
/// <param name="ResolveByUtc">The deadline of the resolution.</param>
/// <param name="FirstResponseUtc">When the customer was first answered.</param>
/// <param name="ResolvedUtc">When it was resolved.</param>
/// <param name="Resolution">What was done, as told to the customer.</param>
/// <param name="ClosedUtc">When it was closed.</param>
/// <param name="ReopenCount">How often it was reopened.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record ComplaintRecord(
    long Id, long CustomerId, string Subject, string Description, string Category, string Channel, ComplaintPriority Priority,
    ComplaintStatus Status, long? OwnerId, long? TeamId, DateTime ReceivedUtc, DateTime RespondByUtc, DateTime ResolveByUtc,
    DateTime? FirstResponseUtc, DateTime? ResolvedUtc, string? Resolution, DateTime? ClosedUtc, int ReopenCount,
    DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
