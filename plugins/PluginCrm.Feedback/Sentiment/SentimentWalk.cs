namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// Walks the tokens once. Negators and an intensifier wait for the next term and apply if it comes within their gap
/// (<see cref="SentimentRules"/>), counted in pieces that are not themselves modifiers; a clause break drops them. A
/// term's clause factor is known only at the end of its sentence, when it is known whether a "but" follows.
/// </summary>
internal sealed class SentimentWalk(string text)
{
    private readonly List<SentimentEvidence> evidence = [];
    private readonly List<Hit> sentence = [];
    private readonly List<Modifier> negators = [];
    private Modifier? intensifier;
    private int units;
    private int order;
    private int contrasts;
    private bool conceding;

    public void Take(Token token)
    {
        order++;
        switch (token.Role)
        {
            case LexiconRole.Term:
                sentence.Add(HitOf(token));
                units += token.Pieces;
                break;
            case LexiconRole.Negator:
                negators.Add(new Modifier(token, units, order));
                break;
            case LexiconRole.Intensifier:
                intensifier = new Modifier(token, units, order);
                break;
            case LexiconRole.Contrast:
                DropModifiers();
                contrasts++;
                conceding = false;
                break;
            case LexiconRole.Concession:
                DropModifiers();
                conceding = true;
                break;
            case LexiconRole.Ignore or null when token.Kind is PieceKind.Han or PieceKind.Word:
                units += token.Pieces;
                break;
            default:
                DropModifiers();
                conceding = false;
                if (token.Kind == PieceKind.SentenceEnd)
                    EndSentence();
                break;
        }
    }

    public IReadOnlyList<SentimentEvidence> Finish()
    {
        EndSentence();
        return evidence;
    }

    private Hit HitOf(Token term)
    {
        var applying = negators.Where(n => units - n.Units <= (n.Token.Entry!.Chinese ? SentimentRules.ChineseNegationGap : SentimentRules.EnglishNegationGap)).ToList();
        // "Not very good" is not "very bad": an intensifier after the negator is dropped; 太不满意 (before it) stays.
        var strength = intensifier is { } i
            && units - i.Units <= (i.Token.Entry!.Chinese ? SentimentRules.ChineseIntensifierGap : SentimentRules.EnglishIntensifierGap)
            && !applying.Any(n => n.Order < i.Order) ? i.Token : (Token?)null;
        DropModifiers();
        return new Hit(Slice(term), term.Index, (int)term.Entry!.Value, applying.Count % 2 == 1,
            applying.Count == 0 ? null : string.Join(" ", applying.Select(n => Slice(n.Token))),
            strength is { } s ? Slice(s) : null, strength?.Entry!.Value ?? 1m, contrasts, conceding);
    }

    private void EndSentence()
    {
        foreach (var hit in sentence)
        {
            var factor = (hit.ContrastsBefore < contrasts || hit.Conceded ? SentimentRules.BeforeContrast : 1m)
                * (hit.ContrastsBefore > 0 ? SentimentRules.AfterContrast : 1m);
            evidence.Add(new SentimentEvidence(hit.Term, hit.Index, hit.Weight, hit.Negated, hit.Negator, hit.Intensifier, hit.Intensity, factor));
        }
        sentence.Clear();
        contrasts = 0;
    }

    private void DropModifiers()
    {
        negators.Clear();
        intensifier = null;
    }

    private string Slice(Token token) => text.Substring(token.Index, token.Length);

    private sealed record Modifier(Token Token, int Units, int Order);

    private sealed record Hit(
        string Term, int Index, int Weight, bool Negated, string? Negator, string? Intensifier, decimal Intensity, int ContrastsBefore, bool Conceded);
}
