namespace PluginCrm.Host.Data;

/// <summary>
/// Rows a migration must fill after its schema change, run in the migrate that applies it. The feature that owns the
/// rows registers it; the database runs every step whose migration was pending.
/// </summary>
public interface IMigrationDataStep
{
    /// <summary>The migration's id, as <c>GetPendingMigrations</c> lists it.</summary>
    string MigrationId { get; }

    Task RunAsync(CrmDbContext db, CancellationToken ct);
}
