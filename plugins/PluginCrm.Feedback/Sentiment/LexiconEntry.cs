namespace PluginCrm.Feedback.Sentiment;

/// <summary>One key of the merged lexicon: a term's weight, an intensifier's multiplier, or nothing for the other roles.</summary>
internal sealed record LexiconEntry(string Key, LexiconRole Role, decimal Value, bool Chinese);
