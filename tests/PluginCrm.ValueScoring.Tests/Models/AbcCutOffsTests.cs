using PluginCrm.ValueScoring.Abc;

namespace PluginCrm.ValueScoring.Tests.Models;

/// <summary>A run's ABC cut-offs class a new value as the run's ranking would have placed it, without ranking again.</summary>
public sealed class AbcCutOffsTests
{
    // Values 500, 300, 150, 50 (total 1000), thresholds 80 and 95: shares before 0, 50, 80, 95, so A A B C.
    private static readonly AbcCutOffs CutOffs = AbcCutOffs.Of(AbcClassifier.Classify([(1, 500m), (2, 300m), (3, 150m), (4, 50m), (5, 0m)], 80, 95).Values);

    [Fact]
    public void The_cut_offs_are_the_smallest_values_of_a_and_b_and_the_ladder_is_the_ranking()
    {
        Assert.Equal((300m, 150m), (CutOffs.LowestA, CutOffs.LowestB));
        Assert.Equal([new AbcStep(500, 0), new AbcStep(300, 50), new AbcStep(150, 80), new AbcStep(50, 95)], CutOffs.Ladder);
    }

    [Theory]
    [InlineData(600, "A", 0)] // above everyone
    [InlineData(300, "A", 50)] // the lowest A, ranked with it
    [InlineData(200, "B", 80)] // between 300 and 150: ranked where 150 was
    [InlineData(60, "C", 95)]
    [InlineData(10, "C", 95)] // below the last sample: the last share known
    [InlineData(0, "C", 100)] // no positive value, as the run classes it
    public void A_new_value_is_classed_by_the_cut_offs(int value, string name, int shareBefore)
    {
        Assert.Equal(new AbcClass(name, shareBefore, value), CutOffs.Classify(value));
    }

    [Fact]
    public void Without_positive_values_everyone_is_c()
    {
        var none = AbcCutOffs.Of(AbcClassifier.Classify([(1, 0m)], 80, 95).Values);

        Assert.Equal("C", none.Classify(100).Name);
    }
}
