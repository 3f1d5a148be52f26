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
    // The longest first, as measured on 2026-11-29 (the SQLite and the PostgreSQL run, seconds of their tests): a test
    // class (its own collection) by its name, a shared collection by its definition's name.
    private static readonly string[] Longest =
    [
        "TenantAccessMatrixTests", // 74 / 57
        "AuthorizationMatrixTests", // 38 / 51
        "PluginTemplateTests", // 41 / 23
        "MultiProcessTests", // - / 21
        "BulkImportPostgresTests", // - / 24
        "ImportFailureTests", // 15 / 15
        "generated demos", // three demos generated before their tests
        "OpenApiClientTests", // 6 / 11
        "PublicApiVersionTests", // 10 / -
        "DbCopyTests", // - / 8
        "BulkImportTests", // 5 / 8
        "DemoGenerateTests", // 2 / 8
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
