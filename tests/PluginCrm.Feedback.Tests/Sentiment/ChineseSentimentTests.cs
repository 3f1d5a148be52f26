using PluginCrm.Feedback.Sentiment;

namespace PluginCrm.Feedback.Tests.Sentiment;

public sealed class ChineseSentimentTests
{
    private readonly SentimentScorer scorer = new();

    [Fact]
    public void A_negated_positive_term_counts_as_negative_in_chinese()
    {
        var result = scorer.Score("客服不专业");

        Assert.Equal(SentimentLabel.Negative, result.Label);
        var term = Assert.Single(result.Evidence);
        Assert.Equal(("专业", 2, true, "不", -2m), (term.Term, term.Weight, term.Negated, term.Negator, term.Contribution));
    }

    [Fact]
    public void A_negator_two_characters_before_the_term_still_applies()
    {
        // 一点都不 | 觉得 | 失望: two characters between, so 失望 (-2) is flipped.
        var result = scorer.Score("一点都不觉得失望");

        Assert.Equal((SentimentLabel.Positive, 2m), (result.Label, result.Score));
    }

    [Fact]
    public void A_negator_further_than_two_characters_away_does_not_apply()
    {
        // 不 | 到三天就 | 修好: four characters between.
        var result = scorer.Score("不到三天就修好了");

        Assert.Equal((SentimentLabel.Positive, 2m), (result.Label, result.Score));
        Assert.False(Assert.Single(result.Evidence).Negated);
    }

    [Fact]
    public void Two_negators_cancel_and_both_are_shown()
    {
        var term = Assert.Single(scorer.Score("不是不专业").Evidence);

        Assert.Equal((false, "不是 不", 2m), (term.Negated, term.Negator, term.Contribution));
    }

    [Fact]
    public void A_term_that_contains_a_negator_is_matched_whole_and_can_itself_be_negated()
    {
        Assert.Equal(-2m, scorer.Score("不满意").Score);
        Assert.Equal(2m, scorer.Score("没有不满意的地方").Score);
    }

    [Fact]
    public void Intensifiers_multiply_and_softeners_reduce_the_weight()
    {
        Assert.Equal(4m, scorer.Score("非常满意").Score);     // 2 × 2
        Assert.Equal(-1.4m, scorer.Score("有点失望").Score);  // -2 × 0.7
        Assert.Equal(-3m, scorer.Score("太不满意了").Score);  // -2 × 1.5: 太 before the negated term keeps its force
    }

    [Fact]
    public void An_intensifier_after_the_negator_is_dropped()
    {
        // "Not so thoughtful" is not "very unthoughtful": 周到 (+2) flipped, 那么 ignored.
        var term = Assert.Single(scorer.Score("服务没有那么周到").Evidence);

        Assert.Equal((true, null, -2m), (term.Negated, term.Intensifier, term.Contribution));
    }

    [Fact]
    public void The_clause_after_but_outweighs_the_clause_before()
    {
        // 便宜 +1 × 0.5, then 很差 -2 × 1.5 × 1.5.
        var result = scorer.Score("价格便宜，但是质量很差");

        Assert.Equal((SentimentLabel.Negative, -4m), (result.Label, result.Score));
    }

    [Fact]
    public void An_although_clause_counts_half()
    {
        // 等了 -1 × 0.5 (虽然 clause, also before 但是: halved once), then 很满意 2 × 1.5 × 1.5.
        var result = scorer.Score("虽然等了两天，但是结果很满意");

        Assert.Equal((SentimentLabel.Positive, 4m), (result.Label, result.Score));
    }

    [Theory]
    [InlineData("快递今天到了")]      // 快递 is a courier, not 快 "quick"
    [InlineData("请转告贵公司的经理")]  // 贵公司 is "your company", not 贵 "expensive"
    [InlineData("别家也是这个价格")]    // 别家 is "other shops", not the negator 别
    public void Words_that_contain_a_term_or_a_negator_are_not_read_as_one(string text)
    {
        var result = scorer.Score(text);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Empty(result.Evidence);
    }
}
