namespace PluginCrm.Training.Contracts;

/// <summary>
/// Which customers completed which courses, offered to other plugins (reports, churn comparisons). Resolve it optionally:
/// it is there only when the training plugin is installed, and answers null while its module is switched off.
/// </summary>
public interface ICustomerTraining
{
    /// <summary>Every customer's completed courses on or before <paramref name="asOfUtc"/>, oldest first; null while the module is off.</summary>
    Task<IReadOnlyList<CompletionRecord>?> CompletionsAsync(DateTime asOfUtc, CancellationToken cancellationToken);
}
