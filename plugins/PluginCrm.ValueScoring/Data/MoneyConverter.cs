using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PluginCrm.ValueScoring.Data;

/// <summary>Stores a decimal amount as a whole number of ten-thousandths.</summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(v => (long)Math.Round(v * 10_000m), v => v / 10_000m);
