namespace PluginCrm.Host.Notifications.Queue;

/// <summary>
/// A rendered message split into subject and body. The convention an admin writes: a first line
/// <c>Subject: Happy birthday, {{ customer.name }}</c>, then the body. Without that line the subject is the
/// template's description, or its key.
/// </summary>
public sealed record MessageText(string Subject, string Body)
{
    public const int MaxSubjectLength = 500;

    public static MessageText Split(string rendered, string fallbackSubject)
    {
        var lines = rendered.Replace("\r\n", "\n").Split('\n').SkipWhile(string.IsNullOrWhiteSpace).ToList();
        var subject = fallbackSubject;
        if (lines.Count > 0 && lines[0].TrimStart().StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            var given = lines[0].TrimStart()["Subject:".Length..].Trim();
            if (given.Length > 0)
                subject = given;
            lines = lines.Skip(1).SkipWhile(string.IsNullOrWhiteSpace).ToList();
        }
        if (subject.Length > MaxSubjectLength)
            subject = subject[..MaxSubjectLength];
        return new MessageText(subject, string.Join('\n', lines).TrimEnd());
    }
}
