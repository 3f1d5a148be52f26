using System.Text;
using System.Text.RegularExpressions;

namespace PluginCrm.Training.Quizzes.Scoring;

/// <summary>
/// A short answer as it is compared: Unicode NFKC (full-width <c>ＡＢＣ１</c> reads as <c>ABC1</c>), lower case, trimmed,
/// and every run of white space (any Unicode space, tab or line break) one space. A learner is not marked wrong for how a
/// keyboard or an input method typed the right words.
/// </summary>
public static partial class AnswerNormaliser
{
    public static string Normalise(string text) =>
        WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), " ").Trim();

    // .NET's \s is Unicode white space (the Z categories and the control spaces), as char.IsWhiteSpace, which Trim uses.
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
