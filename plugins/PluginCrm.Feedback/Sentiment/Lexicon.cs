namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// The Chinese and English lists merged into one map for longest-match lookup. A key in two lists is a mistake in the
/// lists, refused when the lexicon is built, so the first use fails loudly rather than picking one silently.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, LexiconEntry> entries = new(StringComparer.Ordinal);

    public static Lexicon Default { get; } = new();

    private Lexicon()
    {
        Add(ChineseLexicon.Terms, ChineseLexicon.Negators, ChineseLexicon.Intensifiers, ChineseLexicon.Contrasts,
            ChineseLexicon.Concessions, ChineseLexicon.Ignored, chinese: true);
        Add(EnglishLexicon.Terms, EnglishLexicon.Negators, EnglishLexicon.Intensifiers, EnglishLexicon.Contrasts,
            EnglishLexicon.Concessions, EnglishLexicon.Ignored, chinese: false);
        LongestChinese = entries.Values.Where(e => e.Chinese).Max(e => e.Key.Length);
        LongestEnglish = entries.Values.Where(e => !e.Chinese).Max(e => e.Key.Split(' ').Length);
    }

    /// <summary>The longest Chinese key, in characters.</summary>
    public int LongestChinese { get; }

    /// <summary>The longest English key, in words.</summary>
    public int LongestEnglish { get; }

    public LexiconEntry? Find(string key) => entries.GetValueOrDefault(key);

    private void Add(
        IReadOnlyDictionary<string, int> terms, IEnumerable<string> negators, IReadOnlyDictionary<string, decimal> intensifiers,
        IEnumerable<string> contrasts, IEnumerable<string> concessions, IEnumerable<string> ignored, bool chinese)
    {
        foreach (var (key, weight) in terms)
            Add(new LexiconEntry(key, LexiconRole.Term, weight, chinese));
        foreach (var (key, multiplier) in intensifiers)
            Add(new LexiconEntry(key, LexiconRole.Intensifier, multiplier, chinese));
        foreach (var key in negators)
            Add(new LexiconEntry(key, LexiconRole.Negator, 0, chinese));
        foreach (var key in contrasts)
            Add(new LexiconEntry(key, LexiconRole.Contrast, 0, chinese));
        foreach (var key in concessions)
            Add(new LexiconEntry(key, LexiconRole.Concession, 0, chinese));
        foreach (var key in ignored)
            Add(new LexiconEntry(key, LexiconRole.Ignore, 0, chinese));
    }

    private void Add(LexiconEntry entry)
    {
        if (entry.Role == LexiconRole.Term && entry.Value is < -3 or > 3 or 0)
            throw new InvalidOperationException($"'{entry.Key}' weighs {entry.Value}; a term weighs -3 to +3, never 0 (list it as ignored).");
        if (!entries.TryAdd(entry.Key, entry))
            throw new InvalidOperationException($"'{entry.Key}' is both {entries[entry.Key].Role} and {entry.Role} in the sentiment lexicon.");
    }
}
