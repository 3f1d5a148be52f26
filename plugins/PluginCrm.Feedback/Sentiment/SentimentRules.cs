namespace PluginCrm.Feedback.Sentiment;

/// <summary>The constants of the method, in one place so that a change to any of them is a change to this file.</summary>
public static class SentimentRules
{
    /// <summary>A score within ±0.5 is neutral: a single weak term (weight 1) still labels a text, a halved one does not.</summary>
    public const decimal NeutralBand = 0.5m;

    /// <summary>An English negator flips the next term if at most this many words stand between them ("not at all happy").</summary>
    public const int EnglishNegationGap = 3;

    /// <summary>A Chinese negator flips the next term if at most this many characters stand between them (没有及时, 不太满意).</summary>
    public const int ChineseNegationGap = 2;

    /// <summary>An English intensifier applies to a term at most this many words after it ("very, very quick", "so easy").</summary>
    public const int EnglishIntensifierGap = 1;

    /// <summary>A Chinese intensifier applies to a term at most this many characters after it (很快就, 非常的好).</summary>
    public const int ChineseIntensifierGap = 2;

    /// <summary>Terms before "but" (但是, 可是, 不过...) in the same sentence, or in an "although" (虽然) clause, count half ...</summary>
    public const decimal BeforeContrast = 0.5m;

    /// <summary>... and terms after it count one and a half: the customer's point usually follows the "but".</summary>
    public const decimal AfterContrast = 1.5m;
}
