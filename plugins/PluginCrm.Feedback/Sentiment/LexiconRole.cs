namespace PluginCrm.Feedback.Sentiment;

internal enum LexiconRole
{
    /// <summary>Carries a weight, -3 to +3.</summary>
    Term,
    /// <summary>Flips the next term.</summary>
    Negator,
    /// <summary>Multiplies the next term's weight (above 1 strengthens, below 1 softens).</summary>
    Intensifier,
    /// <summary>"But": the rest of the sentence outweighs what came before.</summary>
    Contrast,
    /// <summary>"Although": its clause counts less.</summary>
    Concession,
    /// <summary>Matched only so that its characters are not read as something else (快递 is not 快, 别家 not 别).</summary>
    Ignore,
}
