using PluginCrm.Host.DbCopy;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// The checksum <c>crm db copy</c> compares: one value reads alike from either database (a decimal's scale, a time
/// finer than both keep), and any change of a value or of where one value ends and the next begins shows.
/// </summary>
public sealed class TableChecksumTests
{
    private static readonly TimeSpan Microsecond = TimeSpan.FromMicroseconds(1);

    [Fact]
    public void One_amount_at_two_scales_hashes_alike()
    {
        Assert.Equal(Hash(Microsecond, 12.50m, 10000.0m), Hash(Microsecond, 12.5m, 10000m));
        Assert.NotEqual(Hash(Microsecond, 12.5m), Hash(Microsecond, 12.05m));
    }

    [Fact]
    public void A_changed_character_or_a_moved_boundary_between_values_shows()
    {
        Assert.NotEqual(Hash(Microsecond, "王芳"), Hash(Microsecond, "王方"));
        Assert.NotEqual(Hash(Microsecond, "ab", "c"), Hash(Microsecond, "a", "bc"));
        Assert.NotEqual(Hash(Microsecond, "", null), Hash(Microsecond, null, ""));
        Assert.NotEqual(Hash(Microsecond, 1L), Hash(Microsecond, "1"));
    }

    [Fact]
    public void Times_are_compared_to_what_both_ends_keep_and_the_cut_ones_counted()
    {
        var fine = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);
        var cut = fine.AddTicks(-7);
        using var checksum = new TableChecksum(Microsecond);
        checksum.Add([fine]);
        Assert.Equal(1, checksum.Coarsened);
        Assert.Equal(checksum.Finish(), Hash(Microsecond, cut));
        Assert.NotEqual(Hash(TimeSpan.FromTicks(1), fine), Hash(TimeSpan.FromTicks(1), cut));
    }

    private static string Hash(TimeSpan resolution, params object?[] row)
    {
        using var checksum = new TableChecksum(resolution);
        checksum.Add(row);
        return checksum.Finish();
    }
}
