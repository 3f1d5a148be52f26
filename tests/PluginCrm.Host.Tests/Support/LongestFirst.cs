using Xunit.Abstractions;

[assembly: TestCollectionOrderer("PluginCrm.Host.Tests.Support.LongestFirst", "PluginCrm.Host.Tests")]

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// Starts the test collections that take longest first. xunit runs as many collections at once as there are cores and
/// starts the next when one ends, in this order; its own order is arbitrary, and on two cores it had left the tenants'
/// access matrix (a minute on one core) or the import failures to the end, with the other core idle. The rest keep
/// xunit's order after these. A name that no longer fits only loses its place.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    // The longest first, as measured on the evening of 2026-11-29 (the SQLite and the PostgreSQL run, seconds of their
    // tests): a test class (its own collection) by its name, a shared collection by its definition's name.
    private static readonly string[] Longest =
    [
        // The classes that run on the shared PostgreSQL cluster, one after another (the multi-process test 24 s, db copy 6,
        // the bulk import 5, ...): the longest chain of the PostgreSQL run. Before, its classes were listed by their own
        // names, which a shared collection does not go by, and it started wherever xunit put it.
        PostgresCollection.Name, // - / 37
        "AuthorizationMatrixTests", // 24 / 32
        "TenantAccessMatrixTests", // 27 / 15
        "PluginTemplateTests", // 27 / -
        "generated demos", // three demos generated before their tests
        "OpenApiClientTests", // 7 / -
        "PublicApiVersionTests", // 6 / -
        "ServeCommandTests", // 6 / 6
        "PurchaseImportTests", // 3 / 6
        "BulkImportTests", // 3 / 6
        "DemoGenerateTests", // 2 / 5
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, index) => (collection, index))
            .OrderBy(c => Rank(c.collection)).ThenBy(c => c.index).Select(c => c.collection);

    private static int Rank(ITestCollection collection)
    {
        var name = collection.DisplayName;
        var rank = Array.FindIndex(Longest, longest => name == longest || name.EndsWith("." + longest, StringComparison.Ordinal));
        return rank < 0 ? Longest.Length : rank;
    }
}
