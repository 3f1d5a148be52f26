namespace PluginCrm.LeadAssignment.Data;

/// <summary>How a rule picks one rep of a team. Every strategy skips inactive and absent reps and reps at their cap.</summary>
public enum Strategy
{
    /// <summary>Each available rep in turn.</summary>
    RoundRobin,

    /// <summary>In turn, each rep as often as its weight (smooth weighted round robin).</summary>
    WeightedRoundRobin,

    /// <summary>The rep with the least open work (open leads); ties by user id.</summary>
    LeastLoaded,
}
