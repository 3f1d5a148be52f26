using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Demo;

/// <summary>A generated team: its manager and reps as the users they are, its region and language (<c>zh</c> or <c>en</c>).</summary>
public sealed record DemoTeam(long Id, string Name, string Region, string Language, ActingUser Manager, IReadOnlyList<ActingUser> Reps);
