using PluginCrm.Training.Reports;

namespace PluginCrm.Training.Tests.Reports;

/// <summary>The report formulas against numbers worked out by hand.</summary>
public sealed class FigureTests
{
    [Fact]
    public void Completion_counts_the_completed_and_their_days_to_complete()
    {
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        // Completed after 2, 4 and 9 days; one still learning: rate 3/4, average (2+4+9)/3 = 5, median 4.
        var figures = CompletionFigures.Of([(start, start.AddDays(2)), (start, start.AddDays(4)), (start, start.AddDays(9)), (start, null)]);

        Assert.Equal(new CompletionFigures(4, 3, 0.75m, 5.0m, 4.0m), figures);
        Assert.Equal(new CompletionFigures(0, 0, null, null, null), CompletionFigures.Of([]));
        Assert.Equal(3.0m, CompletionFigures.Of([(start, start.AddDays(2)), (start, start.AddDays(4))]).MedianDays);
    }

    [Fact]
    public void Item_difficulty_is_the_mean_credit_and_discrimination_the_correlation_with_the_rest()
    {
        // Right, right, wrong, wrong, with 3, 2, 1 and 0 points on the other questions:
        // mean credit 0.5; covariance 0.75 + 0.25 + 0.25 + 0.75 = 2; spreads 1 and √5; r = 2 / √5 = 0.894.
        var (difficulty, discrimination) = ItemStatistics.Of([(1m, 3m), (1m, 2m), (0m, 1m), (0m, 0m)]);
        // A question everyone gets right tells nobody apart: no discrimination.
        var (easy, none) = ItemStatistics.Of([(1m, 3m), (1m, 0m)]);
        // The better learners get it wrong: negative.
        var (_, backwards) = ItemStatistics.Of([(0m, 3m), (1m, 0m)]);

        Assert.Equal((0.5m, 0.894m), (difficulty, discrimination));
        Assert.Equal((1m, (decimal?)null), (easy, none));
        Assert.Equal(-1m, backwards);
        Assert.Equal((0.333m, (decimal?)null), ItemStatistics.Of([(1m / 3, 2m)]));
    }
}
