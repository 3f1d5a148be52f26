using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Access;

/// <summary>The authorisation matrix on PostgreSQL: every endpoint, every role, the same rows as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMatrixTests(PostgresCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_endpoint_answers_each_role_only_what_it_may_on_PostgreSQL()
    {
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = TestPaths.BuiltInPlugins;
            o.Clock = new ManualClock(CoreMatrixRows.Start);
            o.Settings["Database:Provider"] = "postgres";
            o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"crm_{Guid.NewGuid():N}");
        });
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
