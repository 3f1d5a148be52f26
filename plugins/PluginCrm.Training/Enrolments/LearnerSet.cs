namespace PluginCrm.Training.Enrolments;

/// <summary>The learners a request named that the caller may enrol: customers or users, never both.</summary>
public sealed record LearnerSet(string Source, int Matched, int NotAllowed, IReadOnlyList<long> CustomerIds, IReadOnlyList<long> UserIds)
{
    public bool Single => Source is "customer" or "user";

    /// <summary>Each learner as (customer, user), one of the two set.</summary>
    public IEnumerable<(long? CustomerId, long? UserId)> Learners =>
        CustomerIds.Select(c => ((long?)c, (long?)null)).Concat(UserIds.Select(u => ((long?)null, (long?)u)));

    public static LearnerSet One(string source, long? customerId = null, long? userId = null) =>
        new(source, 1, 0, customerId is { } c ? [c] : [], userId is { } u ? [u] : []);
}
