using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Every endpoint the host maps, the built-in plugins' included, as no token, the owner, a rep of the owner's team, its
/// manager, a rep and a manager of another team, and an admin, against records owned by someone else: zero leaks. A new
/// endpoint without a row fails this test.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private CrmTestHost host = null!;

    // Late in the day, so that the KPI rows' records fall on a day of their own before everything else (CoreMatrixRows.Start).
    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync(o =>
    {
        o.PluginsDirectory = TestPaths.BuiltInPlugins;
        o.Clock = new ManualClock(CoreMatrixRows.Start);
    });

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_endpoint_answers_each_role_only_what_it_may_see_and_do()
    {
        var matrix = await AccessMatrix.CreateAsync(host);
        var secret = await CoreMatrixRows.AddAsync(matrix, host);
        await ValueScoringMatrixRows.AddAsync(matrix, secret["customers"], CoreMatrixRows.AcquisitionPeriod, CoreMatrixRows.SecretNewCustomers);
        await LeadAssignmentMatrixRows.AddAsync(matrix, secret["customers"], secret["leads"]);
        await FeedbackAndNotesMatrixRows.AddNotesAsync(matrix, secret["customers"]);
        await FeedbackAndNotesMatrixRows.AddComplaintsAsync(matrix, secret["customers"]);
        await SurveyMatrixRows.AddAsync(matrix);
        await TrainingMatrixRows.AddAsync(matrix, host.Clock);

        var report = await matrix.RunAsync();

        output.WriteLine($"{report.Calls} calls");
        report.ThrowIfAny();
    }
}
