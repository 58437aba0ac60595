using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// A cheap picture of everything a request could change: row counts, the latest modification stamp, every record's
/// concurrency version (renewed on each save, so it catches edits even though the test clock stands still), membership
/// dates, each sign-in account's security state, and which sessions have ended and why (not their last activity, which
/// any signed-in request may renew). Family records count too; the family access log does not (a look is logged, not a change). Two equal fingerprints mean nothing was created, changed or removed.
/// </summary>
public sealed record DataFingerprint(
    int People,
    int TeamMemberships,
    int Teams,
    int Services,
    int Organisations,
    int Users,
    int UserTokens,
    int AuditEntries,
    DateTime? LastModifiedAt,
    string Records,
    string Accounts,
    string Sessions)
{
    public static Task<DataFingerprint> TakeAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Version, p.ModifiedAt }).ToListAsync();
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Version, t.ModifiedAt }).ToListAsync();
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.Version, s.ModifiedAt }).ToListAsync();
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Version, o.ModifiedAt }).ToListAsync();
        var families = await db.Families.AsNoTracking().Select(f => new { f.Id, f.Version, f.ModifiedAt }).ToListAsync();
        var members = await db.FamilyMembers.AsNoTracking().Select(m => new { m.Id, m.Version, m.ModifiedAt }).ToListAsync();
        var statuses = await db.LegalStatusEpisodes.AsNoTracking().Select(e => new { e.Id, e.Version, e.ModifiedAt }).ToListAsync();
        var worries = await db.AdultWorries.AsNoTracking().Select(w => new { w.Id, w.Version, w.ModifiedAt }).ToListAsync();
        var relationships = await db.Relationships.AsNoTracking().Select(r => new { r.Id, r.Version, r.ModifiedAt }).ToListAsync();
        var allocations = await db.Allocations.AsNoTracking().Select(a => new { a.Id, a.Version, a.ModifiedAt }).ToListAsync();
        var events = await db.SignificantEvents.AsNoTracking().Select(e => new { e.Id, e.Version, e.ModifiedAt }).ToListAsync();
        var summaries = await db.MonthlySummaries.AsNoTracking().Select(s => new { s.Id, s.Version, s.ModifiedAt }).ToListAsync();
        var notes = await db.SummaryNotes.AsNoTracking().Select(n => new { n.Id, n.Version, n.ModifiedAt }).ToListAsync();
        var familyRecords = summaries.Concat(notes).Concat(families).Concat(members).Concat(statuses).Concat(worries).Concat(relationships).Concat(allocations).Concat(events).ToList();
        var memberships = await db.TeamMemberships.AsNoTracking().Select(m => new { m.Id, m.PersonId, m.TeamId, m.StartDate, m.EndDate }).ToListAsync();
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.SecurityStamp, u.ConcurrencyStamp, u.PasswordHash, u.IsDisabled, u.TwoFactorEnabled, u.AccessFailedCount, u.LockoutEnd })
            .ToListAsync();

        var sessions = await db.UserSessions.AsNoTracking().Select(s => new { s.Id, s.EndedAt, s.EndReason }).ToListAsync();

        var records = people.Concat(teams).Concat(services).Concat(organisations).Concat(familyRecords)
            .Select(r => $"{r.Id}:{r.Version}")
            .Concat(memberships.Select(m => $"{m.Id}:{m.PersonId}:{m.TeamId}:{m.StartDate:O}:{m.EndDate:O}"))
            .Order(StringComparer.Ordinal);
        var accounts = users
            .Select(u => string.Join(':', u.Id, u.Email, u.SecurityStamp, u.ConcurrencyStamp, u.PasswordHash, u.IsDisabled, u.TwoFactorEnabled, u.AccessFailedCount, u.LockoutEnd?.ToString("O", CultureInfo.InvariantCulture)))
            .Order(StringComparer.Ordinal);

        return new DataFingerprint(
            people.Count,
            memberships.Count,
            teams.Count,
            services.Count,
            organisations.Count,
            users.Count,
            await db.UserTokens.CountAsync(),
            await db.AuditEntries.CountAsync(),
            people.Concat(teams).Concat(services).Concat(organisations).Concat(familyRecords).Max(r => (DateTime?)r.ModifiedAt),
            Digest(records),
            Digest(accounts),
            Digest(sessions.Select(s => $"{s.Id}:{s.EndedAt:O}:{s.EndReason}").Order(StringComparer.Ordinal)));
    });

    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
}
