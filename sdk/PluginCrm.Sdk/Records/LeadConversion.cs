namespace PluginCrm.Sdk.Records;

/// <summary>
/// What the <c>lead.convert</c> message carries (<see cref="Pipeline.CoreMessages.Lead.Convert"/>): a lead, the customer it
/// becomes and the deal it opens. In <c>Before</c>: the lead as it was, the customer it is linked to as it was (null when
/// a new one is created) and no deal. In <c>Target</c> before the core operation: the lead as it will be (status
/// <see cref="LeadStatus.Converted"/>), the customer to create (id 0) or the one linked, the deal to create (id 0) or null;
/// after it (PostOperation, PostCommit): all three as stored, with their ids.
/// </summary>
/// <param name="Lead">The lead.</param>
/// <param name="Customer">The customer it becomes: created from the lead's fields, or an existing one linked.</param>
/// <param name="Deal">The deal opened for that customer, if any.</param>
/// <param name="NewCustomer">Whether the conversion creates the customer (false: it links an existing one).</param>
public sealed record LeadConversion(LeadRecord Lead, CustomerRecord? Customer, DealRecord? Deal, bool NewCustomer);
