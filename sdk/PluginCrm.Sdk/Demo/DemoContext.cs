using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Sdk.Demo;

/// <summary>What a <see cref="IDemoContributor"/> is given: the seed's randomness, the clock, the generated company and the host's services.</summary>
public sealed class DemoContext
{
    /// <summary>The seed the demo was generated with (<c>--seed</c>).</summary>
    public required int Seed { get; init; }

    /// <summary>This contributor's own random sequence, derived from the seed and the plugin id: use it, and only it, for every choice.</summary>
    public required Random Random { get; init; }

    /// <summary>The host's clock; the demo's dates are relative to its today, so the company looks alive.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The demo admin, to act as where an admin would (rules, settings, templates).</summary>
    public required ActingUser Admin { get; init; }

    /// <summary>The generated teams with their managers and reps, in the order they were created.</summary>
    public required IReadOnlyList<DemoTeam> Teams { get; init; }

    /// <summary>The ids of the generated customers, in the order they were created.</summary>
    public required IReadOnlyList<long> CustomerIds { get; init; }

    /// <summary>The host's records, for reads and for changes that go through the pipeline as any other.</summary>
    public required ICrmRecords Records { get; init; }

    /// <summary>The host's access contract, to act as a generated user as the API would let it.</summary>
    public required IRecordAccess Access { get; init; }

    /// <summary>Saves the message templates the module renders.</summary>
    public required IDemoTemplates Templates { get; init; }

    /// <summary>Where to say, in one short line, what the contributor added ("42 complaints, 3 rules").</summary>
    public required IProgress<string> Progress { get; init; }
}
