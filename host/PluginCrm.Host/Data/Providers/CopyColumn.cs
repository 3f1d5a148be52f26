using Microsoft.EntityFrameworkCore.Storage;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// A column of a <see cref="CopyTable"/>: its values' type as stored (money a <c>long</c>, an enum a <c>string</c>) and the
/// target's EF type mapping of that type, which writes a value exactly as EF itself would.
/// </summary>
public sealed record CopyColumn(string Name, string Delimited, Type Type, RelationalTypeMapping Mapping);
