using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PluginCrm.Host.Data;

/// <summary>
/// Money is <c>decimal</c> in code and a 64-bit integer of ten-thousandths in the database, so that SQLite (which
/// has no decimal type) and PostgreSQL both sort and sum it exactly, in SQL. Four places cover every currency.
/// </summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(v => (long)decimal.Round(v * Scale), v => v / Scale)
{
    public const decimal Scale = 10_000m;
}
