namespace PluginCrm.Host.Tests.Support;

/// <summary>The classes that run the host on PostgreSQL share one throw-away cluster (each with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";

    /// <summary>The trait these classes carry, so that a run can leave them out: <c>dotnet test --filter "Database!=PostgreSQL"</c>.</summary>
    public const string Database = "Database";
}
