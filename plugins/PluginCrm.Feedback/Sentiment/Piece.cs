namespace PluginCrm.Feedback.Sentiment;

/// <summary>A character or a word of the folded text, at <see cref="Index"/> in the original.</summary>
internal readonly record struct Piece(PieceKind Kind, string Text, int Index, int Length);
