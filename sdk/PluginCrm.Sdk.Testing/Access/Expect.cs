namespace PluginCrm.Sdk.Testing.Access;

/// <summary>What an endpoint must answer each <see cref="Actor"/> in an <see cref="AccessMatrix"/>. Nobody signed in gets 401 from any of them.</summary>
public sealed record Expect
{
    private Expect(ExpectKind kind, IReadOnlySet<Actor> actors, string? marker = null) => (Kind, Actors, Marker) = (kind, actors, marker);

    internal ExpectKind Kind { get; }

    internal IReadOnlySet<Actor> Actors { get; }

    /// <summary>The text that only those who see the record may find in an answer; the matrix's secret unless set.</summary>
    internal string? Marker { get; }

    /// <summary>
    /// One record (read, change, delete, attach to): <paramref name="allowed"/> get 2xx; everyone else a 4xx that holds
    /// nothing of the record, and a write changes nothing (see <see cref="MatrixRequest.Witness"/>).
    /// </summary>
    public static Expect Record(params Actor[] allowed) => new(ExpectKind.Record, allowed.ToHashSet());

    /// <summary>A list, export or report: every signed-in actor gets 2xx, and only <paramref name="seeing"/> find the record in it.</summary>
    public static Expect List(params Actor[] seeing) => new(ExpectKind.List, seeing.ToHashSet());

    /// <summary>Only some roles may call it at all: <paramref name="allowed"/> get 2xx, every other signed-in actor 403.</summary>
    public static Expect Role(params Actor[] allowed) => new(ExpectKind.Role, allowed.ToHashSet());

    /// <summary>Every signed-in actor gets 2xx, and nobody finds the record in the answer (it holds nothing of anyone's records).</summary>
    public static Expect SignedIn() => new(ExpectKind.SignedIn, new HashSet<Actor>());

    /// <summary>Looks for <paramref name="marker"/> instead of the matrix's secret (say a distinctive amount in a report).</summary>
    public Expect Showing(string marker) => new(Kind, Actors, marker);

    /// <summary>Every signed-in actor.</summary>
    public static readonly Actor[] Everyone = [Actor.Owner, Actor.Teammate, Actor.OwnerManager, Actor.OtherRep, Actor.OtherManager, Actor.Admin];

    /// <summary>Those who see team A's records under the host's rules: the owner, its manager, an admin.</summary>
    public static readonly Actor[] OwnersSide = [Actor.Owner, Actor.OwnerManager, Actor.Admin];

    /// <summary>Managers and admins.</summary>
    public static readonly Actor[] Managers = [Actor.OwnerManager, Actor.OtherManager, Actor.Admin];
}

internal enum ExpectKind
{
    Record,
    List,
    Role,
    SignedIn,
}
