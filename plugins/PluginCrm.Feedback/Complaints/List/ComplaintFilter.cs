using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Feedback.Deadlines;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback.Complaints.List;

/// <summary>The list's filters, read from the query string and checked field by field (the command line uses them too).</summary>
// Properties, all optional, not a positional record: the request delegate generator mistypes a constructor's nullable
// parameters, and takes a non-nullable one for a required query value.
public sealed record ComplaintFilter
{
    public string? Status { get; init; }
    public string? Priority { get; init; }
    public long? OwnerId { get; init; }
    public long? CustomerId { get; init; }
    public string? Category { get; init; }
    public bool? Overdue { get; init; }
    public string? Q { get; init; }

    public IQueryable<Complaint> Apply(IQueryable<Complaint> complaints, DateTime now, Dictionary<string, string[]> errors)
    {
        if (Status is not null)
        {
            if (TryStatus(Status, out var status))
                complaints = complaints.Where(c => c.Status == status);
            else
                errors["status"] = [$"'{Status}' is not one of open, inProgress, resolved, closed"];
        }
        if (Priority is not null)
        {
            if (ComplaintIntake.TryPriority(Priority, out var priority))
                complaints = complaints.Where(c => c.Priority == priority);
            else
                errors["priority"] = [$"'{Priority}' is not one of low, normal, high, urgent"];
        }
        if (OwnerId is { } owner)
            complaints = complaints.Where(c => c.OwnerId == owner);
        if (CustomerId is { } customer)
            complaints = complaints.Where(c => c.CustomerId == customer);
        if (Category is not null)
            complaints = complaints.Where(c => c.Category == Category.ToLowerInvariant());
        if (Overdue == true)
            complaints = complaints.Where(Deadlines.Overdue.Either(now));
        if (!string.IsNullOrWhiteSpace(Q))
            complaints = complaints.Where(c => c.Subject.ToLower().Contains(Q.Trim().ToLower()));
        return complaints;
    }

    /// <summary><c>inProgress</c>, <c>in-progress</c> or <c>in_progress</c>, in any case.</summary>
    public static bool TryStatus(string text, out ComplaintStatus status)
    {
        status = default;
        var name = text.Replace("-", "").Replace("_", "").Trim();
        return name.Length > 0 && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: true, out status);
    }
}
