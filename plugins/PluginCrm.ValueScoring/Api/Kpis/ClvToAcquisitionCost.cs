namespace PluginCrm.ValueScoring.Api.Kpis;

/// <summary>
/// What the period's new customers are worth against what winning them cost, over the customers the caller reads.
/// <see cref="AverageClv"/> = the CLV (<see cref="Measure"/>: the probabilistic one when every scored new customer has
/// it, else the simple one) summed over the new customers scored in the run ÷ how many they are;
/// <see cref="AcquisitionCost"/> = the host's acquisition cost per new customer for the same caller, period and team
/// (null for a rep: spend is not defined per rep); <see cref="ClvToCost"/> = average CLV ÷ acquisition cost. Each is
/// null where its divisor is 0 or missing.
/// </summary>
public sealed record ClvToAcquisitionCost(
    long RunId, DateOnly AsOf, DateOnly? From, DateOnly? To, long? TeamId, string Measure,
    int NewCustomers, int Scored, decimal? AverageClv, decimal? AcquisitionCost, decimal? ClvToCost);
