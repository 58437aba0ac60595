using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.SupervisionSchedule;

/// <summary>A team's supervision list: one page of its open families, overdue first, then by due date.</summary>
/// <param name="MaySchedule">The actor schedules the team's supervisions (its team manager, assistant team manager or coordinator).</param>
/// <param name="OpenCount">Open families of the team the actor may see, whatever the filter.</param>
public sealed record TeamSupervisionList(
    Guid TeamId,
    string TeamName,
    string ServiceName,
    bool MaySchedule,
    bool OverdueOnly,
    Page<FamilySupervisionDue> Families,
    int OpenCount,
    int OverdueCount,
    DateOnly Today);

/// <summary>
/// "My work"'s group supervisions: those of the actor's families this calendar month, scheduled in it or due in it,
/// and any overdue; overdue first, then by due date.
/// </summary>
public sealed record MonthSupervisions(DateOnly Month, IReadOnlyList<FamilySupervisionDue> Families);

/// <summary>A schedule, reschedule or cancel form's page: its header, where the family stands, and the supervision to change.</summary>
public sealed record ScheduleFormPage(FamilyHeader Header, FamilySupervisionDue? Due, SupervisionToChange? Supervision);

/// <summary>The family supervision URLs other pages link to (the supervision pages' URL contract).</summary>
public static class SupervisionLinks
{
    /// <summary>The route of a family's supervisions.</summary>
    public const string FamilyRoot = "/families/{familyId:guid}/supervisions";

    /// <summary>The route of one supervision of the family.</summary>
    public const string One = FamilyRoot + "/{supervisionId:guid}";

    /// <summary>A scheduled supervision's page: its pack, and its record once drafted.</summary>
    public static string Supervision(Guid familyId, Guid supervisionId) => $"/families/{familyId}/supervisions/{supervisionId}";

    /// <summary>The record's form.</summary>
    public static string Record(Guid familyId, Guid supervisionId) => Supervision(familyId, supervisionId) + "/record";

    /// <summary>The confirmation asked before the record is signed off (its draft saved).</summary>
    public static string ConfirmSignOff(Guid familyId, Guid supervisionId) => Record(familyId, supervisionId) + "/confirm";

    /// <summary>The record form's autosave (scripts only; the form's buttons work without it).</summary>
    public static string Autosave(Guid familyId, Guid supervisionId) => Record(familyId, supervisionId) + "/autosave";

    /// <summary>The addenda under a signed-off record.</summary>
    public static string Addenda(Guid familyId, Guid supervisionId) => Supervision(familyId, supervisionId) + "#addenda";

    public static string Schedule(Guid familyId) => $"/families/{familyId}/supervisions/schedule";

    public static string Reschedule(Guid familyId, Guid supervisionId) => Supervision(familyId, supervisionId) + "/reschedule";

    public static string Cancel(Guid familyId, Guid supervisionId) => Supervision(familyId, supervisionId) + "/cancel";

    public static string TeamList(Guid teamId) => $"/teams/{teamId}/supervisions";

    /// <summary>A page of a team's supervision list, overdue families only or all.</summary>
    public static string TeamList(Guid teamId, bool overdueOnly, int page) => TeamList(teamId) + (overdueOnly ? $"?overdue=true&page={page}" : $"?page={page}");
}

/// <summary>
/// The lists of where families stand for group supervision: a team's (for its managers and coordinator, and everyone
/// who may see the team's families) and a worker's own for "My work". Each is two SQL commands or fewer whatever the
/// number of families and supervisions: the due dates come from <see cref="SupervisionDue"/>, one row per open family,
/// sorted and paged in memory.
/// </summary>
public sealed class SupervisionListQueries(IAppDbContext db, FamilyAccess access, FamilyHeaders headers, TimeProvider time, IOptions<SupervisionOptions> options)
{
    public const int PageSize = 25;

    /// <summary>
    /// Everything the schedule, reschedule and cancel forms show, in one read for their GET and for showing them again:
    /// the header (the access check: "not found" unless the actor sees the family; 403 unless they schedule for its
    /// team), where the family stands (null for a closed case) and, to change one, the supervision ("not found" unless it
    /// is the family's and still scheduled).
    /// </summary>
    public async Task<ScheduleFormPage> ScheduleFormAsync(Actor actor, Guid familyId, Guid? supervisionId, string page, CancellationToken ct)
    {
        // Refused before the page's access-log row is written: a refused page is not a page shown.
        if (!SupervisionRights.For(actor, await access.RightsAsync(actor, familyId, page, ct)).MaySchedule)
        {
            throw new ForbiddenException(SupervisionScheduleService.MayNotSchedule);
        }

        var supervision = supervisionId is { } id
            ? await db.Supervisions.AsNoTracking()
                .Where(s => s.Id == id && s.FamilyId == familyId && s.Status == SupervisionStatus.Scheduled)
                .Join(db.Families, s => s.FamilyId, f => f.Id, (s, f) => new SupervisionToChange(s.Id, s.FamilyId, f.DisplayName, f.TeamId, s.DueOn, s.ScheduledOn, s.ScheduledAt, s.Version))
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException()
            : null;
        var header = await headers.ViewAsync(actor, familyId, page, ct);
        var due = (await db.ForFamiliesAsync(db.Families.Where(f => f.Id == familyId), options.Value, time.UkToday(), ct)).SingleOrDefault();
        return new ScheduleFormPage(header, due, supervision);
    }

    /// <summary>
    /// The team's open families the actor may see, with their due dates, next scheduled supervision and last one held.
    /// The team's current members and the service manager over it may see the list (as the team's caseload page);
    /// anyone else, administrators included, is told it does not exist.
    /// </summary>
    public async Task<TeamSupervisionList> TeamAsync(Actor actor, Guid teamId, int pageNumber, bool overdueOnly, CancellationToken ct)
    {
        var today = time.UkToday();
        var personId = actor.PersonId;
        var memberships = db.CurrentMemberships(today);
        var team = await db.Teams.AsNoTracking()
            .Where(t => t.Id == teamId)
            .Select(t => new
            {
                t.Name,
                ServiceName = db.Services.Where(s => s.Id == t.ServiceId).Select(s => s.Name).First(),
                InTeam = memberships.Any(m => m.PersonId == personId && m.TeamId == t.Id),
                OverService = db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == personId),
            })
            .SingleOrDefaultAsync(ct);
        if (team is null || !(team.InTeam || team.OverService))
        {
            throw new NotFoundException();
        }

        var all = Ordered(await db.ForFamiliesAsync(access.VisibleFamilies(actor).Where(f => f.TeamId == teamId), options.Value, today, ct));
        var shown = overdueOnly ? all.Where(f => f.IsOverdue).ToList() : all;
        var pageCount = Math.Max(1, (int)Math.Ceiling(shown.Count / (double)PageSize));
        var page = Math.Clamp(pageNumber, 1, pageCount);
        return new TeamSupervisionList(
            teamId,
            team.Name,
            team.ServiceName,
            team.InTeam && SupervisionRights.SchedulesForTeam(actor.Role),
            overdueOnly,
            new Page<FamilySupervisionDue>([.. shown.Skip((page - 1) * PageSize).Take(PageSize)], page, PageSize, shown.Count),
            all.Count,
            all.Count(f => f.IsOverdue),
            today);
    }

    /// <summary>
    /// The supervisions of the open families the actor is allocated to today, for this calendar month: a family is listed
    /// when its supervision is scheduled in this month, or due in it, or overdue (one SQL command).
    /// </summary>
    public async Task<MonthSupervisions> MyMonthAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var month = new DateOnly(today.Year, today.Month, 1);
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var personId = actor.PersonId;
        var families = db.Families.Where(f => f.Allocations.Any(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)));
        var rows = await db.ForFamiliesAsync(families, options.Value, today, ct);
        return new MonthSupervisions(
            month,
            Ordered(rows.Where(r => r.DueOn <= monthEnd || (r.Next is { } next && next.On >= month && next.On <= monthEnd))));
    }

    private static List<FamilySupervisionDue> Ordered(IEnumerable<FamilySupervisionDue> rows) =>
        [.. rows
            .OrderBy(r => r.IsOverdue ? 0 : 1)
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)];
}
