using PluginCrm.Sdk.Access;

namespace PluginCrm.Notes.Notes;

/// <summary>The record a note is on, named <c>type:id</c> (<see cref="RecordRef"/>).</summary>
public static class NoteSubject
{
    public const string Expected = "must name a record as type:id, e.g. customer:42";

    /// <summary>
    /// Null when <paramref name="user"/> may attach a note to <paramref name="subject"/>, which takes the right to change it;
    /// else why not, in the host's words, so that a subject the user may not see reads exactly as one that does not exist.
    /// </summary>
    public static async Task<string?> RefusalAsync(IRecordAccess access, ActingUser user, RecordRef subject, CancellationToken ct)
    {
        try
        {
            await access.DemandAsync(user, AccessRight.Change, subject, ct);
            return null;
        }
        catch (RecordAccessDeniedException denied)
        {
            return denied.Message;
        }
    }
}
