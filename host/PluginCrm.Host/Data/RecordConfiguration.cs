using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PluginCrm.Host.Data;

/// <summary>
/// What every record table shares: its name, the version as the concurrency token and the soft-delete filter. Each
/// record's configuration lives beside its row in the feature that owns it.
/// </summary>
public abstract class RecordConfiguration<T> : IEntityTypeConfiguration<T> where T : RecordEntity
{
    protected abstract string Table { get; }

    protected abstract void ConfigureRecord(EntityTypeBuilder<T> e);

    public void Configure(EntityTypeBuilder<T> e)
    {
        e.ToTable(Table);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasQueryFilter(r => r.DeletedUtc == null);
        ConfigureRecord(e);
    }
}
