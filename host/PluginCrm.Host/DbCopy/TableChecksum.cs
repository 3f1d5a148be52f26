using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// SHA-256 over a table's rows in key order, each value written in one form whichever database it came from: a decimal
/// without trailing zeros (PostgreSQL's numeric keeps the scale it was given, SQLite's text does not), a time as UTC
/// ISO 8601 to the resolution both databases keep, text as UTF-8. Each value is tagged and length-prefixed, so no two
/// different rows hash alike by running into each other.
/// </summary>
/// <param name="resolution">The finest time both ends keep: a tick between two SQLite files, a microsecond with PostgreSQL.</param>
public sealed class TableChecksum(TimeSpan resolution) : IDisposable
{
    // PostgreSQL counts microseconds from 2000-01-01, and Npgsql drops a time's finer ticks toward that day.
    private const long PostgresEpochTicks = 630_822_816_000_000_000;

    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] length = new byte[4];
    private readonly long step = resolution.Ticks;

    public long Rows { get; private set; }

    /// <summary>Times finer than <c>resolution</c>, which the far end keeps only to it (their last digits are dropped).</summary>
    public long Coarsened { get; private set; }

    public void Add(object?[] row)
    {
        foreach (var value in row)
        {
            var (tag, text) = Canonical(value);
            hash.AppendData([(byte)tag]);
            var bytes = value is byte[] blob ? blob : Encoding.UTF8.GetBytes(text);
            BitConverter.TryWriteBytes(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        Rows++;
    }

    public string Finish() => Convert.ToHexStringLower(hash.GetHashAndReset());

    public void Dispose() => hash.Dispose();

    private (char Tag, string Text) Canonical(object? value) => value switch
    {
        null => ('0', ""),
        string s => ('s', s),
        long or int or short or byte => ('i', Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        bool b => ('b', b ? "1" : "0"),
        double d => ('f', d.ToString("R", CultureInfo.InvariantCulture)),
        float f => ('f', f.ToString("R", CultureInfo.InvariantCulture)),
        // Dividing by 1.000...0 leaves a decimal at its smallest scale: 12.50 and 12.5 are one amount.
        decimal m => ('d', (m / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)),
        DateTime t => ('t', new DateTime(Coarse(t.Ticks - PostgresEpochTicks) + PostgresEpochTicks).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)),
        DateOnly d => ('D', d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimeOnly t => ('T', new TimeOnly(Coarse(t.Ticks)).ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture)),
        Guid g => ('g', g.ToString("D")),
        byte[] => ('x', ""),
        _ => throw new NotSupportedException($"a value of type {value.GetType().Name} has no checksum form"),
    };

    private long Coarse(long ticks)
    {
        if (ticks % step != 0)
            Coarsened++;
        return ticks / step * step;
    }
}
