using PluginCrm.Training.Quizzes.Scoring;

namespace PluginCrm.Training.Tests.Quizzes;

/// <summary>A short answer is compared as typed words, whatever the keyboard's width, case or spacing.</summary>
public sealed class AnswerNormaliserTests
{
    [Theory]
    [InlineData("ＡＢＣ１", "abc1")] // full-width letters and digit (an East Asian input method)
    [InlineData("Pulse　One", "pulse one")] // U+3000 ideographic space
    [InlineData("  Pulse \t\r\n  One  ", "pulse one")]
    [InlineData("Pulse\u00A0\u2003One", "pulse one")] // no-break space then em space: one run, one space
    [InlineData("ﬁrst", "first")] // the ligature ﬁ is compatibility-equal to f + i
    [InlineData("", "")]
    [InlineData(" \t ", "")]
    public void Width_case_and_spacing_do_not_matter(string typed, string normalised) =>
        Assert.Equal(normalised, AnswerNormaliser.Normalise(typed));

    [Fact]
    public void Different_words_stay_different() =>
        Assert.NotEqual(AnswerNormaliser.Normalise("Pulse One"), AnswerNormaliser.Normalise("PulseOne"));
}
