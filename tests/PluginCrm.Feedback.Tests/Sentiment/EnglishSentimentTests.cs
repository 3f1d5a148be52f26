using PluginCrm.Feedback.Sentiment;

namespace PluginCrm.Feedback.Tests.Sentiment;

public sealed class EnglishSentimentTests
{
    private readonly SentimentScorer scorer = new();

    [Fact]
    public void A_negated_positive_term_counts_as_negative_in_english()
    {
        var term = Assert.Single(scorer.Score("The agent was not helpful.").Evidence);

        Assert.Equal(("helpful", 2, true, "not", -2m), (term.Term, term.Weight, term.Negated, term.Negator, term.Contribution));
    }

    [Fact]
    public void A_negator_reaches_three_words_and_no_further()
    {
        Assert.Equal(-2m, scorer.Score("Not at all happy").Score);                          // two words between
        Assert.Equal(2m, scorer.Score("I did not expect the repair to be quick").Score);    // five words between
    }

    [Fact]
    public void A_contraction_negates_like_not()
    {
        var term = Assert.Single(scorer.Score("I didn't get any help").Evidence);

        Assert.Equal((true, "didn't", -1m), (term.Negated, term.Negator, term.Contribution));
        Assert.Equal(SentimentLabel.Positive, scorer.Score("Can't complain").Label);
    }

    [Fact]
    public void A_negated_negative_term_counts_as_positive_and_two_negators_cancel()
    {
        Assert.Equal(2m, scorer.Score("Not bad").Score);
        // "Not without problems" had problems.
        Assert.Equal(-1m, scorer.Score("Not without problems").Score);
    }

    [Fact]
    public void A_comma_ends_the_reach_of_a_negator()
    {
        Assert.Equal(2m, scorer.Score("No, it was quick").Score);
    }

    [Fact]
    public void Intensifiers_multiply_and_softeners_reduce_the_weight()
    {
        Assert.Equal(3m, scorer.Score("Very satisfied").Score);
        Assert.Equal(-4m, scorer.Score("Extremely disappointed").Score);
        // -1 × 0.5 is inside the neutral band: "a bit late" alone is no complaint.
        var result = scorer.Score("A bit late");
        Assert.Equal((SentimentLabel.Neutral, -0.5m), (result.Label, result.Score));
    }

    [Fact]
    public void An_intensifier_after_the_negator_is_dropped()
    {
        var term = Assert.Single(scorer.Score("not very good").Evidence);

        Assert.Equal((true, null, -2m), (term.Negated, term.Intensifier, term.Contribution));
    }

    [Fact]
    public void The_clause_after_but_outweighs_the_clause_before()
    {
        // friendly 2 × 0.5, problem -1 × 1.5, not solved -2 × 1.5.
        var result = scorer.Score("The staff were friendly, but the problem is still not solved.");

        Assert.Equal((SentimentLabel.Negative, -3.5m), (result.Label, result.Score));
    }

    [Fact]
    public void A_but_reaches_back_only_to_the_start_of_its_sentence()
    {
        // slow -1 in its own sentence, polite 2 × 1.5.
        Assert.Equal(2m, scorer.Score("It was slow. But the staff were polite.").Score);
    }

    [Fact]
    public void An_although_clause_counts_half()
    {
        // late -1 × 0.5, excellent 3.
        Assert.Equal(2.5m, scorer.Score("Although the delivery was late, the product is excellent.").Score);
    }

    [Fact]
    public void Phrases_match_before_their_first_word()
    {
        var term = Assert.Single(scorer.Score("The technician arrived on time").Evidence);

        Assert.Equal(("on time", 2), (term.Term, term.Weight));
    }

    [Fact]
    public void Case_does_not_matter()
    {
        Assert.Equal(scorer.Score("great service").Score, scorer.Score("GREAT Service").Score);
    }
}
