namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// One or more pieces read as a lexicon key (<see cref="Entry"/>), or one piece the lexicon does not know (Entry null),
/// spanning <see cref="Length"/> characters from <see cref="Index"/> in the original text.
/// </summary>
internal readonly record struct Token(LexiconEntry? Entry, PieceKind Kind, int Index, int Length, int Pieces)
{
    public LexiconRole? Role => Entry?.Role;
}
