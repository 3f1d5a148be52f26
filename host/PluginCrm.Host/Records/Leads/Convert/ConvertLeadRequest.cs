using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary>
/// The body of <c>POST /api/leads/{id}/convert</c>: link an existing customer (<paramref name="CustomerId"/>) or create one
/// from the lead's fields, confirming a look-alike with <paramref name="CreateDuplicate"/>; optionally open a deal.
/// </summary>
/// <param name="CustomerId">The existing customer the lead becomes; null to create one from the lead.</param>
/// <param name="CreateDuplicate">Create the customer although customers with the lead's e-mail, phone or name and company exist.</param>
/// <param name="Deal">The deal to open for the customer, if any.</param>
/// <param name="Version">The lead's version as read (or an If-Match header); when given, a stale one is a 412.</param>
public sealed record ConvertLeadRequest(long? CustomerId = null, bool CreateDuplicate = false, ConvertLeadDeal? Deal = null, long? Version = null);

/// <summary>The deal a conversion opens: <paramref name="Title"/> required, the value the lead's estimate unless given, the stage qualified unless given.</summary>
/// <param name="Title">What is being sold.</param>
/// <param name="Value">The deal value, zero or more; the lead's estimated value when left out.</param>
/// <param name="Stage">The funnel stage; qualified when left out.</param>
public sealed record ConvertLeadDeal(string? Title, decimal? Value = null, DealStage? Stage = null);
