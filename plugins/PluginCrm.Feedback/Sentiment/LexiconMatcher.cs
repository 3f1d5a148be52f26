namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// Reads pieces as lexicon keys, longest first: the most Chinese characters, or the most English words, that make a key
/// (不满意 before 不, "on time" before "on"). This is all the word segmentation there is.
/// </summary>
internal static class LexiconMatcher
{
    /// <summary>English contractions negate without being listed one by one: didn't, can't, won't, isn't.</summary>
    private static readonly LexiconEntry NotSuffix = new("n't", LexiconRole.Negator, 0, Chinese: false);

    public static IEnumerable<Token> Match(List<Piece> pieces, Lexicon lexicon)
    {
        var i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            var (entry, count) = piece.Kind switch
            {
                PieceKind.Han => Longest(pieces, i, lexicon, lexicon.LongestChinese, ""),
                PieceKind.Word => Longest(pieces, i, lexicon, lexicon.LongestEnglish, " "),
                _ => (null, 1),
            };
            if (entry is null && piece.Kind == PieceKind.Word && piece.Text.EndsWith("n't", StringComparison.Ordinal))
                entry = NotSuffix;
            var last = pieces[i + count - 1];
            yield return new Token(entry, piece.Kind, piece.Index, last.Index + last.Length - piece.Index, count);
            i += count;
        }
    }

    private static (LexiconEntry? Entry, int Count) Longest(List<Piece> pieces, int start, Lexicon lexicon, int longest, string separator)
    {
        var kind = pieces[start].Kind;
        var run = 1;
        while (run < longest && start + run < pieces.Count && pieces[start + run].Kind == kind)
            run++;
        for (var count = run; count >= 1; count--)
        {
            var key = string.Join(separator, pieces.Skip(start).Take(count).Select(p => p.Text));
            if (lexicon.Find(key) is { } entry)
                return (entry, count);
        }
        return (null, 1);
    }
}
