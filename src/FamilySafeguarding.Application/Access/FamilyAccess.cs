using System.Linq.Expressions;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Auditing;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilySafeguarding.Application.Access;

/// <summary>What a page of a family needs of the person asking for it.</summary>
public enum FamilyNeed
{
    See,
    Record,
    Manage,
}

/// <summary>What the actor may do with one family.</summary>
/// <param name="MayRecord">Record members, statuses, worries, relationships and events: allocated workers, the team's managers, the service manager.</param>
/// <param name="MayManage">Allocate workers, close, reopen, transfer and rename: the team's managers and the service manager.</param>
/// <param name="InTeam">The actor is a current member of the team that holds the family (the supervision rules build on this).</param>
public sealed record FamilyRights(bool MayRecord, bool MayManage, bool InTeam = false);

/// <summary>
/// Who may see a family, decided here and nowhere else. A family is visible to workers with a current allocation to it,
/// to the current members of the team that holds it (its managers among them), and to the service manager over that
/// team. Nobody else, Administrators included: they are told the family does not exist (404), and the refusal is written
/// to the security log and the family access log. Every page of a family that is shown leaves an access-log row.
/// Lists filter with <see cref="VisibleFamilies"/> inside their query.
/// </summary>
public sealed partial class FamilyAccess(IAppDbContext db, TimeProvider time, IRequestContext request, ILogger<FamilyAccess> logger)
{
    /// <summary>The reason shown when someone who may read the family tries to record on it.</summary>
    public const string MayNotRecord =
        "Only the family's allocated workers, the team manager or assistant team manager of the family's team, and the service manager can record or change anything about this family. You can read it.";

    /// <summary>The reason shown when someone who may read or record on the family tries to manage it.</summary>
    public const string MayNotManage =
        "Only the team manager or assistant team manager of the family's team, or the service manager, can change the family's details, allocate or end its workers, or close or reopen its case.";

    private static readonly JobRole[] ManagerRoles = [JobRole.TeamManager, JobRole.AssistantTeamManager];

    /// <summary>The families the actor may see, as a query the caller refines (filtered in the database).</summary>
    public IQueryable<Family> VisibleFamilies(Actor actor) => db.Families.AsNoTracking().Where(MaySee(actor, time.UkToday()));

    /// <summary>The rule as an expression, for queries that start from something other than the families.</summary>
    public Expression<Func<Family, bool>> MaySee(Actor actor, DateOnly today)
    {
        if (actor.IsAdministrator)
        {
            return f => false;
        }

        var personId = actor.PersonId;
        var memberships = db.CurrentMemberships(today);
        return f => f.Allocations.Any(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            || memberships.Any(m => m.PersonId == personId && m.TeamId == f.TeamId)
            || db.Teams.Any(t => t.Id == f.TeamId && db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == personId));
    }

    /// <summary>
    /// For a page of the family: checks the actor may see it (and, for a form, record or manage) and writes the
    /// access-log row; refuses with "not found" (or 403 for a form they may only read) without writing a view.
    /// Returns what else the actor may do, for the page to offer.
    /// </summary>
    public async Task<FamilyRights> ViewAsync(Actor actor, Guid familyId, string page, CancellationToken ct, FamilyNeed need = FamilyNeed.See)
    {
        var rights = await RightsAsync(actor, familyId, page, ct);
        if (need == FamilyNeed.Record && !rights.MayRecord)
        {
            throw new ForbiddenException(MayNotRecord);
        }

        if (need == FamilyNeed.Manage && !rights.MayManage)
        {
            throw new ForbiddenException(MayNotManage);
        }

        // A page shown again after a refused change saves its log row only, never the refused change.
        db.ChangeTracker.Clear();
        db.FamilyAccessLog.Add(new FamilyAccessEntry(time.UtcNow(), actor.UserId, actor.PersonId, familyId, page, granted: true, request.CorrelationId));
        await db.SaveChangesAsync(ct);
        return rights;
    }

    /// <summary>For a form or change that records on the family: "not found" if the actor may not see it, 403 if they may only read it.</summary>
    public async Task EnsureMayRecordAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        if (!(await RightsAsync(actor, familyId, page, ct)).MayRecord)
        {
            throw new ForbiddenException(MayNotRecord);
        }
    }

    /// <summary>For a form or change that manages the family: "not found" if the actor may not see it, 403 unless they manage it.</summary>
    public async Task EnsureMayManageAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        if (!(await RightsAsync(actor, familyId, page, ct)).MayManage)
        {
            throw new ForbiddenException(MayNotManage);
        }
    }

    /// <summary>What the actor may do with the family, in one query; refuses with "not found" (and logs it) if they may not see it.</summary>
    public async Task<FamilyRights> RightsAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        var today = time.UkToday();
        var personId = actor.PersonId;
        var memberships = db.CurrentMemberships(today);
        var found = await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new
            {
                Allocated = f.Allocations.Any(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)),
                InTeam = memberships.Any(m => m.PersonId == personId && m.TeamId == f.TeamId),
                OverService = db.Teams.Any(t => t.Id == f.TeamId && db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == personId)),
            })
            .SingleOrDefaultAsync(ct);

        // An administrator sees no family, whatever the data says: the rule does not depend on the other rules keeping
        // administrators out of teams, allocations and services.
        if (found is null || actor.IsAdministrator || !(found.Allocated || found.InTeam || found.OverService))
        {
            await RefuseAsync(actor, familyId, page, ct);
            throw new NotFoundException();
        }

        var manages = found.OverService || (found.InTeam && ManagerRoles.Contains(actor.Role));
        return new FamilyRights(MayRecord: manages || found.Allocated, MayManage: manages, InTeam: found.InTeam);
    }

    /// <summary>The teams in which the actor may open a new family: the teams they manage, and every team of a service they manage.</summary>
    public async Task<IReadOnlyList<Guid>> TeamsActorMayOpenFamiliesInAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsAdministrator)
        {
            return [];
        }

        var today = time.UkToday();
        var personId = actor.PersonId;
        var managesTeams = ManagerRoles.Contains(actor.Role);
        var memberships = db.CurrentMemberships(today);
        return await db.Teams.AsNoTracking()
            .Where(t => db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == personId)
                || (managesTeams && memberships.Any(m => m.PersonId == personId && m.TeamId == t.Id)))
            .Select(t => t.Id)
            .ToListAsync(ct);
    }

    private async Task RefuseAsync(Actor actor, Guid familyId, string page, CancellationToken ct)
    {
        LogRefused(logger, actor.UserId, actor.PersonId, familyId, page, request.CorrelationId);
        db.ChangeTracker.Clear();
        db.FamilyAccessLog.Add(new FamilyAccessEntry(time.UtcNow(), actor.UserId, actor.PersonId, familyId, page, granted: false, request.CorrelationId));
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning, Message = "Security: family access refused for user {UserId} (person {PersonId}) to family {FamilyId} on {Page}, correlation {CorrelationId}")]
    private static partial void LogRefused(ILogger logger, Guid userId, Guid personId, Guid familyId, string page, string? correlationId);
}
