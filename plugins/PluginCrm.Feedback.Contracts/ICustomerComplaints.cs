namespace PluginCrm.Feedback.Contracts;

/// <summary>
/// Open complaints per customer, offered by the feedback plugin to other plugins (value scoring warns of churn on them).
/// Resolve it optionally: it is there only when that plugin is installed, and answers only while its module is enabled.
/// </summary>
public interface ICustomerComplaints
{
    /// <summary>
    /// The number of complaints not yet resolved (<see cref="ComplaintStatus.Open"/> or <see cref="ComplaintStatus.InProgress"/>)
    /// of every customer that has any; null while the module is off.
    /// </summary>
    Task<IReadOnlyDictionary<long, int>?> OpenCountsAsync(CancellationToken cancellationToken);
}
