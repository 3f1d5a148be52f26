namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// Folds the text and cuts it into pieces: each Chinese character alone (words are found later by longest match), Latin
/// letters and digits as words, punctuation as clause or sentence breaks; anything else (spaces, quotes, emoji) is dropped.
/// Folding maps one character to one, so every piece's index is valid in the original text.
/// </summary>
internal static class PieceReader
{
    public static List<Piece> Read(string text)
    {
        var folded = Fold(text);
        var pieces = new List<Piece>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsHan(c))
                pieces.Add(new Piece(PieceKind.Han, folded[i..(i + 1)], i, 1));
            else if (IsWordChar(c))
            {
                var start = i;
                while (i + 1 < folded.Length && (IsWordChar(folded[i + 1]) || folded[i + 1] == '\'' && i + 2 < folded.Length && IsWordChar(folded[i + 2])))
                    i++;
                pieces.Add(new Piece(PieceKind.Word, folded[start..(i + 1)], start, i + 1 - start));
            }
            else if (Break(c) is { } kind)
                pieces.Add(new Piece(kind, folded[i..(i + 1)], i, 1));
            i++;
        }
        return pieces;
    }

    /// <summary>Full-width ASCII (Ａ, １, ！) to half-width, the ideographic space to a space, curly apostrophes to straight, then lower case.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i] switch
            {
                >= '\uFF01' and <= '\uFF5E' and var wide => (char)(wide - 0xFEE0),
                '\u3000' => ' ',
                '\u2019' or '\u2018' => '\'',
                var other => other,
            };
            span[i] = char.ToLowerInvariant(c);
        }
    });

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsHan(c);

    private static PieceKind? Break(char c) => c switch
    {
        ',' or ';' or ':' or '、' or '(' or ')' => PieceKind.ClauseBreak,
        '.' or '!' or '?' or '。' or '…' or '\n' => PieceKind.SentenceEnd,
        _ => null,
    };
}
