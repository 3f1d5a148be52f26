using System.ComponentModel.DataAnnotations;

namespace PluginCrm.LeadAssignment;

/// <summary>Admin settings of lead assignment (<c>Plugins:lead-assignment</c>, or PUT /api/plugins/lead-assignment/settings).</summary>
public sealed class LeadAssignmentSettings : IValidatableObject
{
    /// <summary>Who gets a lead no rule matches; null: the public pool.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "must be a user id")]
    public long? FallbackOwnerId { get; set; }

    /// <summary>A new lead its owner has not touched in this many hours is reassigned (or pooled); 0 turns it off.</summary>
    [Range(0, 24 * 365, ErrorMessage = "must be between 0 and 8760 hours")]
    public int ResponseDeadlineHours { get; set; }

    /// <summary>客户保护: how long a rep's ownership is protected from others after it was assigned or claimed.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 and 3650 days")]
    public int ProtectionDays { get; set; } = 30;

    /// <summary>A customer with no interaction for this many days goes back to the pool; 0 turns it off.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 and 3650 days")]
    public int PoolNoFollowUpDays { get; set; } = 30;

    /// <summary>A customer not converted (still lead, qualified or opportunity) this many days after capture goes back to the pool; 0 turns it off.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 and 3650 days")]
    public int PoolNotConvertedDays { get; set; } = 90;

    /// <summary>The owner is warned this many days before a reclaim.</summary>
    [Range(0, 365, ErrorMessage = "must be between 0 and 365 days")]
    public int PoolWarningDays { get; set; } = 3;

    /// <summary>Spare customers with an open deal from reclaim.</summary>
    public bool SpareOpenDeals { get; set; } = true;

    /// <summary>Spare customers with an order in this many days; 0: orders do not spare.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 and 3650 days")]
    public int SpareRecentOrderDays { get; set; } = 30;

    /// <summary>Per team (its id): its own no-follow-up period in days, over <see cref="PoolNoFollowUpDays"/>.</summary>
    public Dictionary<string, int> NoFollowUpDaysByTeam { get; set; } = [];

    /// <summary>Per team (its id): its own not-converted period in days, over <see cref="PoolNotConvertedDays"/>.</summary>
    public Dictionary<string, int> NotConvertedDaysByTeam { get; set; } = [];

    /// <summary>Per value class (A, B, C from value scoring): its own no-follow-up period in days, over the team's.</summary>
    public Dictionary<string, int> NoFollowUpDaysByValueClass { get; set; } = [];

    /// <summary>At most this many claims from the pool per rep per UTC day.</summary>
    [Range(0, 10_000, ErrorMessage = "must be between 0 and 10000")]
    public int ClaimsPerDay { get; set; } = 5;

    /// <summary>A rep owning this many customers claims no more.</summary>
    [Range(0, 1_000_000, ErrorMessage = "must be between 0 and 1000000")]
    public int MaxOwnedCustomers { get; set; } = 200;

    /// <summary>A rep cannot claim back a customer it lost (reclaimed or transferred away) for this many days.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 and 3650 days")]
    public int CooldownDays { get; set; } = 7;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (valueClass, days) in NoFollowUpDaysByValueClass)
            if (valueClass is not ("A" or "B" or "C") || days is < 1 or > 3650)
                yield return new ValidationResult($"'{valueClass}': {days} is not a value class (A, B, C) with 1 to 3650 days", [nameof(NoFollowUpDaysByValueClass)]);
        foreach (var (team, days) in NoFollowUpDaysByTeam.Concat(NotConvertedDaysByTeam))
            if (!long.TryParse(team, out var id) || id < 1 || days is < 0 or > 3650)
                yield return new ValidationResult($"'{team}': {days} is not a team id with 0 to 3650 days", [nameof(NoFollowUpDaysByTeam)]);
        if (PoolWarningDays > 0 && PoolNoFollowUpDays > 0 && PoolWarningDays >= PoolNoFollowUpDays)
            yield return new ValidationResult("must be shorter than poolNoFollowUpDays", [nameof(PoolWarningDays)]);
    }
}
