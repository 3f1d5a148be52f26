using PluginCrm.Feedback.Sentiment;

namespace PluginCrm.Feedback.Tests.Sentiment;

public sealed class SentimentEvidenceTests
{
    private readonly SentimentScorer scorer = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t\u3000")]
    public void Empty_or_blank_text_is_neutral_with_no_evidence(string? text)
    {
        Assert.Equal(new SentimentResult(SentimentLabel.Neutral, 0m, []).ToString(), scorer.Score(text).ToString());
        Assert.Empty(scorer.Score(text).Evidence);
    }

    [Fact]
    public void Text_without_any_term_is_neutral_with_no_evidence()
    {
        var result = scorer.Score("Please send the invoice for order 5521.");

        Assert.Equal((SentimentLabel.Neutral, 0m), (result.Label, result.Score));
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void The_evidence_lists_each_term_where_it_stands_and_why_it_counts_as_it_does()
    {
        // 快递 is ignored; 很快: 1 × 1.5, halved before 但是; 破损: -2, raised after it.
        var result = scorer.Score("快递很快，但是包装破损了");

        Assert.Equal(
            [
                new SentimentEvidence("快", 3, 1, false, null, "很", 1.5m, 0.5m),
                new SentimentEvidence("破损", 9, -2, false, null, null, 1m, 1.5m),
            ],
            result.Evidence);
        Assert.Equal([0.75m, -3m], result.Evidence.Select(e => e.Contribution));
        Assert.Equal((SentimentLabel.Negative, -2.25m), (result.Label, result.Score));
        Assert.True(result.Evidence[0].Intensified);
    }

    [Fact]
    public void Full_width_latin_letters_and_digits_read_as_half_width_and_the_evidence_quotes_the_original()
    {
        var result = scorer.Score("ＶＥＲＹ　ＧＯＯＤ！");

        var term = Assert.Single(result.Evidence);
        Assert.Equal(("ＧＯＯＤ", 5, "ＶＥＲＹ", 3m), (term.Term, term.Index, term.Intensifier, term.Contribution));
    }

    [Fact]
    public void Chinese_and_english_mix_in_one_text()
    {
        // 很 intensifies the English "nice".
        var result = scorer.Score("客服很nice，就是物流有点慢");

        Assert.Equal([("nice", 3m), ("慢", -0.7m)], result.Evidence.Select(e => (e.Term, e.Contribution)));
    }

    [Fact]
    public void The_score_is_the_sum_of_the_contributions_and_the_label_follows_the_neutral_band()
    {
        foreach (var text in new[] { "thanks", "a bit late", "非常满意", "不太满意，但是态度还可以", "The box was damaged" })
        {
            var result = scorer.Score(text);
            Assert.Equal(result.Evidence.Sum(e => e.Contribution), result.Score);
            var expected = result.Score > SentimentRules.NeutralBand ? SentimentLabel.Positive
                : result.Score < -SentimentRules.NeutralBand ? SentimentLabel.Negative : SentimentLabel.Neutral;
            Assert.Equal(expected, result.Label);
        }
    }
}
