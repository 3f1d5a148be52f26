namespace PluginCrm.Feedback.Tests.Support;

/// <summary>A team with a signed-in manager and reps.</summary>
public sealed record Team(long Id, Person Manager, IReadOnlyList<Person> Reps);

/// <summary>A signed-in user and a client acting as it.</summary>
public sealed record Person(long Id, string Email, HttpClient Client);
