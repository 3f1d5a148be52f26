using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Records;

/// <summary>
/// The host's KPI figures for plugins that put their own numbers beside them (value scoring compares CLV with
/// acquisition cost). Figures are of what the given user's KPI reports show: a rep's own customers, a manager's
/// team's, an admin's all.
/// </summary>
public interface ICrmKpis
{
    /// <summary>
    /// Acquisition cost over the UTC days [<paramref name="from"/>, <paramref name="to"/>) (an open end is unbounded),
    /// as <c>GET /api/kpis/acquisition</c> computes it for <paramref name="user"/>, narrowed to
    /// <paramref name="teamId"/> if given. A <paramref name="to"/> not after <paramref name="from"/> throws
    /// <see cref="RecordValidationException"/>.
    /// </summary>
    Task<AcquisitionCost> AcquisitionAsync(ActingUser user, DateOnly? from, DateOnly? to, long? teamId, CancellationToken cancellationToken);

    /// <summary>
    /// The churn cohort of the UTC days [<paramref name="from"/>, <paramref name="to"/>) as <c>GET /api/kpis/retention</c>
    /// counts it for <paramref name="user"/> (narrowed to <paramref name="teamId"/> and <paramref name="ownerId"/> if
    /// given): the customers kept at the start and those of them lost (moved to churned) in the period, by id, so that a
    /// plugin can compare the churn of groups of its own (trained and untrained customers).
    /// </summary>
    Task<RetentionCohort> RetentionAsync(ActingUser user, DateOnly from, DateOnly? to, long? teamId, long? ownerId, CancellationToken cancellationToken);
}
