using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PluginCrm.Host.Data;

/// <summary>
/// Every DateTime the host's database hands out, to the host's contexts and every plugin's, is UTC:
/// stored as written, read back with Kind=Utc (SQLite keeps no kind, so it would come back Unspecified).
/// </summary>
public sealed class UtcModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(
        // Unspecified is taken as UTC: PostgreSQL's timestamptz takes only UTC, and every time in the host is UTC.
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if ((property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?)) && property.GetValueConverter() is null)
                property.SetValueConverter(Utc);
        }
    }
}
