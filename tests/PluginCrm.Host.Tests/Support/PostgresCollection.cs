namespace PluginCrm.Host.Tests.Support;

/// <summary>The classes that run the host on PostgreSQL share one throw-away cluster (each with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
