using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Training.Data;
using PluginCrm.Training.Learning;

namespace PluginCrm.Training.Certificates;

/// <summary>Certificates found by code (anyone), by enrolment (whoever reads it), and revoked (admins).</summary>
public sealed class CertificateRegistry(TrainingDbContext db, ISettings<TrainingSettings> settings, ICrmPublicAddress publicAddress, TimeProvider time)
{
    public async Task<CertificateCheck> CheckAsync(string typed, CancellationToken ct) => Check(await ByCodeAsync(typed, ct));

    public async Task<CertificateView> OfEnrolmentAsync(long enrolmentId, CancellationToken ct)
    {
        var found = await FindAsync(c => c.EnrolmentId == enrolmentId, ct)
            ?? throw new RecordNotFoundException($"enrolment {enrolmentId} has no certificate: it is not completed");
        return new CertificateView(enrolmentId, Check(found), found.Certificate.Text,
            LearnerViews.VerifyUrl(publicAddress.LinkBase((await settings.GetAsync(ct)).PublicBase), found.Certificate.Code));
    }

    public async Task<CertificateCheck> RevokeAsync(string typed, RevokeRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["reason"] = ["is required, at most 500 characters: whoever checks the code reads it"] });
        var found = await ByCodeAsync(typed, ct);
        if (found.Certificate.RevokedUtc is not null)
            throw new RecordConflictException($"certificate {found.Certificate.Code} was revoked already on {found.Certificate.RevokedUtc:yyyy-MM-dd}");
        var certificate = await db.Certificates.SingleAsync(c => c.Id == found.Certificate.Id, ct);
        certificate.RevokedUtc = time.GetUtcNow().UtcDateTime;
        certificate.RevokedReason = request.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return Check(found with { Certificate = certificate });
    }

    private async Task<Found> ByCodeAsync(string typed, CancellationToken ct)
    {
        var code = CertificateCodes.Normalise(typed);
        return (code is null ? null : await FindAsync(c => c.Code == code, ct))
            ?? throw new RecordNotFoundException($"there is no certificate with the code '{typed}'");
    }

    private async Task<Found?> FindAsync(System.Linq.Expressions.Expression<Func<Certificate, bool>> which, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(which, ct);
        if (certificate is null)
            return null;
        var title = await db.Enrolments.Where(e => e.Id == certificate.EnrolmentId).Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => c.Title).SingleAsync(ct);
        return new Found(certificate, title);
    }

    private static CertificateCheck Check(Found found) =>
        new(found.Certificate.Code, found.Certificate.RevokedUtc is null, found.Certificate.LearnerName, found.CourseTitle,
            found.Certificate.IssuedUtc, found.Certificate.RevokedUtc, found.Certificate.RevokedReason);

    private sealed record Found(Certificate Certificate, string CourseTitle);
}
