using PluginCrm.Feedback.Sentiment;

namespace PluginCrm.Feedback.Tests.Sentiment;

public sealed class LexiconTests
{
    [Fact]
    public void No_key_is_in_two_lists_and_every_term_weighs_between_minus_three_and_three_but_not_zero()
    {
        static IEnumerable<string> Keys(IReadOnlyDictionary<string, int> terms, IEnumerable<string> negators,
            IReadOnlyDictionary<string, decimal> intensifiers, IEnumerable<string> contrasts, IEnumerable<string> concessions,
            IEnumerable<string> ignored) =>
            terms.Keys.Concat(negators).Concat(intensifiers.Keys).Concat(contrasts).Concat(concessions).Concat(ignored);

        var keys = Keys(ChineseLexicon.Terms, ChineseLexicon.Negators, ChineseLexicon.Intensifiers, ChineseLexicon.Contrasts,
                ChineseLexicon.Concessions, ChineseLexicon.Ignored)
            .Concat(Keys(EnglishLexicon.Terms, EnglishLexicon.Negators, EnglishLexicon.Intensifiers, EnglishLexicon.Contrasts,
                EnglishLexicon.Concessions, EnglishLexicon.Ignored))
            .ToList();

        Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(ChineseLexicon.Terms.Values.Concat(EnglishLexicon.Terms.Values), w => Assert.InRange(Math.Abs(w), 1, 3));
        // English keys are matched after lower-casing, words separated by one space.
        Assert.All(keys.Where(k => k.Any(char.IsAsciiLetter)), k => Assert.Equal(string.Join(' ', k.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)), k));
    }
}
