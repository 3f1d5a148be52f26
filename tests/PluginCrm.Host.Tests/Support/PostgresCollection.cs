namespace PluginCrm.Host.Tests.Support;

/// <summary>The classes that run the host on PostgreSQL share one throw-away cluster (each with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";

    /// <summary>The trait these classes carry, so that a run can leave them out: <c>dotnet test --filter "Database!=PostgreSQL"</c>.</summary>
    public const string Database = "Database";

    /// <summary>
    /// The trait (<see cref="Repeat"/>=<see cref="ForSqliteRuns"/>) of a class that repeats another's test on PostgreSQL for
    /// a run on SQLite: a run of the whole suite on PostgreSQL runs the other on PostgreSQL, and leaves this one out
    /// (<c>scripts/test.sh</c>).
    /// </summary>
    public const string Repeat = "Repeat", ForSqliteRuns = "ForSqliteRuns";
}
