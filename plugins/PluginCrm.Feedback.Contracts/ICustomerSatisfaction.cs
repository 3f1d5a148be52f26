namespace PluginCrm.Feedback.Contracts;

/// <summary>
/// Each customer's latest satisfaction answers from the feedback plugin's surveys, offered to other plugins (value scoring
/// warns of churn on detractors and low satisfaction). Resolve it optionally: it is there only when that plugin is
/// installed, and answers only while its module is enabled.
/// </summary>
public interface ICustomerSatisfaction
{
    /// <summary>
    /// The latest NPS and the latest CSAT answer of every customer that gave either on or before <paramref name="asOfUtc"/>;
    /// an anonymous survey's answers belong to no customer and never count. Null while the module is off.
    /// </summary>
    Task<IReadOnlyDictionary<long, CustomerSatisfaction>?> LatestAsync(DateTime asOfUtc, CancellationToken cancellationToken);
}
