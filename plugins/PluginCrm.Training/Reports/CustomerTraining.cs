using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Modules;
using PluginCrm.Training.Contracts;
using PluginCrm.Training.Data;
using PluginCrm.Training.Learning;

namespace PluginCrm.Training.Reports;

/// <summary>The module's <see cref="ICustomerTraining"/>: customers' completed courses, null while the module is off.</summary>
public sealed class CustomerTraining(TrainingDbContext db, IModuleSwitches switches) : ICustomerTraining
{
    public async Task<IReadOnlyList<CompletionRecord>?> CompletionsAsync(DateTime asOfUtc, CancellationToken cancellationToken)
    {
        if (!await switches.IsEnabledAsync("training", cancellationToken))
            return null;
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.CustomerId != null && e.CompletedUtc != null && e.CompletedUtc <= asOfUtc)
            .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e, c }).OrderBy(r => r.e.CompletedUtc).ToListAsync(cancellationToken);
        return rows.Select(r => Completion.RecordOf(r.e, r.c)).ToList();
    }
}
