namespace PluginCrm.Sdk.Records;

/// <summary>What new customers cost to win over a period, as one user's KPI reports show it (see <see cref="ICrmKpis"/>).</summary>
/// <param name="From">The first UTC day of the period; null when open.</param>
/// <param name="To">The UTC day the period ends before; null when open.</param>
/// <param name="TeamId">The team asked for; null for everything the user sees.</param>
/// <param name="Spend">Marketing and sales spend allocated to the period pro rata by days (a team's own plus its share of
/// the company-wide spend by its share of new customers); null where it is not defined: for a rep's figures.</param>
/// <param name="NewCustomerIds">The customers whose first purchase ever is in the period, of those the user's reports count.</param>
/// <param name="CostPerNewCustomer">Spend ÷ new customers; null when either is missing or there is no new customer.</param>
public sealed record AcquisitionCost(DateOnly? From, DateOnly? To, long? TeamId, decimal? Spend, IReadOnlyList<long> NewCustomerIds, decimal? CostPerNewCustomer);
