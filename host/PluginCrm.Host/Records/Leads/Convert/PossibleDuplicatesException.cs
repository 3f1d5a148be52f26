namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary>
/// A conversion that would create a customer like existing ones: a 409 listing the <paramref name="Candidates"/> the caller
/// may read (id and name) and how many others it may not (<paramref name="Unreadable"/>), named by nothing.
/// </summary>
public sealed class PossibleDuplicatesException(IReadOnlyList<DuplicateCandidate> Candidates, int Unreadable, string message) : Exception(message)
{
    public IReadOnlyList<DuplicateCandidate> Candidates { get; } = Candidates;

    public int Unreadable { get; } = Unreadable;
}

/// <summary>A customer a lead's conversion may duplicate, and by which keys (<c>email</c>, <c>phone</c>, <c>name+company</c>).</summary>
public sealed record DuplicateCandidate(long Id, string Name, IReadOnlyList<string> MatchedBy);
