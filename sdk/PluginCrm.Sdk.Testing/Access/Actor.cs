namespace PluginCrm.Sdk.Testing.Access;

/// <summary>Who calls, in an <see cref="AccessMatrix"/>: the records under test belong to <see cref="Owner"/>, a rep of team A.</summary>
public enum Actor
{
    /// <summary>No token at all.</summary>
    Anonymous,

    /// <summary>The rep of team A who owns the records under test.</summary>
    Owner,

    /// <summary>Another rep of team A.</summary>
    Teammate,

    /// <summary>Team A's manager.</summary>
    OwnerManager,

    /// <summary>A rep of team B.</summary>
    OtherRep,

    /// <summary>Team B's manager.</summary>
    OtherManager,

    /// <summary>An admin.</summary>
    Admin,
}
