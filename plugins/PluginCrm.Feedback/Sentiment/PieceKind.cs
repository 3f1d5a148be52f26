namespace PluginCrm.Feedback.Sentiment;

internal enum PieceKind
{
    /// <summary>One Chinese character.</summary>
    Han,
    /// <summary>A run of Latin letters and digits, with inner apostrophes (didn't).</summary>
    Word,
    /// <summary>, ; : 、 and the like: negation and intensifiers stop here.</summary>
    ClauseBreak,
    /// <summary>. ! ? 。 and line ends: "but" reaches no further.</summary>
    SentenceEnd,
}
