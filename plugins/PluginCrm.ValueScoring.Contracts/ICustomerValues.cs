namespace PluginCrm.ValueScoring.Contracts;

/// <summary>
/// A customer's latest value scores, offered by the value-scoring plugin to other plugins (the public pool gives
/// each value class its own reclaim period). Resolve it optionally: it is there only when that plugin is installed,
/// and answers only while its module is enabled.
/// </summary>
public interface ICustomerValues
{
    /// <summary>The customer's latest scores, or null when the customer has not been scored or the module is off.</summary>
    Task<CustomerValue?> GetAsync(long customerId, CancellationToken cancellationToken);
}
