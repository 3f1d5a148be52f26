using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Every endpoint the host maps, the built-in plugins' included, as no token, the owner, a rep of the owner's team, its
/// manager, a rep and a manager of another team, and an admin, then API keys in the managers' and the admin's places (a
/// manager key limited to each team, an admin key), against records owned by someone else: zero leaks. A new endpoint
/// without a row fails this test.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private CrmTestHost host = null!;

    // Late in the day, so that the KPI rows' records fall on a day of their own before everything else (CoreMatrixRows.Start).
    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(Options);

    internal static void Options(CrmTestHostOptions o)
    {
        o.PluginsDirectory = TestPaths.BuiltInPlugins;
        o.Clock = new ManualClock(CoreMatrixRows.Start);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    // In the PostgreSQL run without the API keys' rows (a third of the calls), which ask the same queries as the roles they
    // stand in for: the SQLite run has them.
    [Fact]
    public Task Every_endpoint_answers_each_role_only_what_it_may_see_and_do() => RunAsync(host, output, alsoAsApiKeys: !CrmTestHost.OnPostgres);

    /// <summary>
    /// The whole matrix against <paramref name="host"/>: the same rows on SQLite and on PostgreSQL (there without the API
    /// keys' rows, which ask the same queries as the roles they stand in for).
    /// </summary>
    internal static async Task RunAsync(CrmTestHost host, ITestOutputHelper output, bool alsoAsApiKeys)
    {
        var report = await (await PrepareAsync(host, alsoAsApiKeys)).RunAsync();

        output.WriteLine($"{report.Calls} calls");
        report.ThrowIfAny();
    }

    /// <summary>Every row, with the records they call for made on <paramref name="host"/>, not yet run.</summary>
    internal static async Task<AccessMatrix> PrepareAsync(CrmTestHost host, bool alsoAsApiKeys = true)
    {
        // Keys stand in for managers and admins on every row but those a person does for itself: read its own inbox,
        // claim from the public pool (an API key owns nothing; both refuse a key with a problem naming why).
        var matrix = await AccessMatrix.CreateAsync(host);
        if (alsoAsApiKeys)
            matrix = await matrix.AlsoAsApiKeysAsync("GET /api/inbox", "POST /api/inbox/{id:long}/read", "POST /api/lead-assignment/pool/{kind}/{id:long}/claim");
        var secret = await CoreMatrixRows.AddAsync(matrix, host);
        await ValueScoringMatrixRows.AddAsync(matrix, secret["customers"], CoreMatrixRows.AcquisitionPeriod, CoreMatrixRows.SecretNewCustomers);
        await LeadAssignmentMatrixRows.AddAsync(matrix, secret["customers"], secret["leads"]);
        await FeedbackAndNotesMatrixRows.AddNotesAsync(matrix, secret["customers"]);
        await FeedbackAndNotesMatrixRows.AddComplaintsAsync(matrix, secret["customers"]);
        await SurveyMatrixRows.AddAsync(matrix);
        await TrainingMatrixRows.AddAsync(matrix, host.Clock);
        return matrix;
    }
}
