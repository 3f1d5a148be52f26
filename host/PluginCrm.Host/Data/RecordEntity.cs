namespace PluginCrm.Host.Data;

/// <summary>What every core record has: an id, timestamps, a soft-delete mark and a concurrency version.</summary>
public abstract class RecordEntity
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Set when the record is soft-deleted; only an admin's purge removes the row.</summary>
    public DateTime? DeletedUtc { get; set; }

    /// <summary>Incremented on every change; an update that carries an older version is refused.</summary>
    public long Version { get; set; }
}
