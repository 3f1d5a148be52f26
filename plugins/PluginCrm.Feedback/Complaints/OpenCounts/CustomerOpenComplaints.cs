using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Modules;

namespace PluginCrm.Feedback.Complaints.OpenCounts;

/// <summary><see cref="ICustomerComplaints"/> for other plugins: unresolved complaints per customer, while the module is on.</summary>
public sealed class CustomerOpenComplaints(FeedbackDbContext db, IModuleSwitches modules) : ICustomerComplaints
{
    public async Task<IReadOnlyDictionary<long, int>?> OpenCountsAsync(CancellationToken cancellationToken)
    {
        if (!await modules.IsEnabledAsync("feedback", cancellationToken))
            return null;
        return await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.InProgress)
            .GroupBy(c => c.CustomerId)
            .Select(g => new { CustomerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CustomerId, g => g.Count, cancellationToken);
    }
}
