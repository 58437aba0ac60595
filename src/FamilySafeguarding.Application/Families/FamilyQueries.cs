using System.Globalization;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Families;

public sealed record MyFamilyRow(Guid Id, string Reference, string DisplayName, AllocationRole Role, ChildrenByStatus Children);

public sealed record FamilySearchRow(Guid Id, string Reference, string DisplayName, string TeamName, DateOnly? ClosedOn)
{
    public bool IsOpen => ClosedOn is null;
}

public sealed record TeamFamilyRow(Guid Id, string Reference, string DisplayName, string? LeadName, DateOnly OpenedOn, ChildrenByStatus Children);

public sealed record TeamWorkerCaseload(Guid PersonId, string Name, Domain.People.JobRole Role, Caseload Caseload);

public sealed record TeamCaseload(Guid TeamId, string TeamName, string ServiceName, Page<TeamFamilyRow> Families, IReadOnlyList<TeamWorkerCaseload> Workers, int Target);

public sealed record NamedOption(Guid Id, string Name);

/// <summary>A person who could be a family's lead social worker, and the team they are in.</summary>
public sealed record LeadOption(Guid PersonId, string Name, Guid TeamId, string TeamName);

/// <summary>What the family's edit form starts from (and shows beside the user's values after a conflict).</summary>
public sealed record OpenFormPage(IReadOnlyList<NamedOption> Teams, IReadOnlyList<LeadOption> Leads);

public sealed record EditFormPage(FamilyHeader Header, FamilyForEdit Saved, IReadOnlyList<NamedOption> Teams);

public sealed record CloseFormPage(FamilyHeader Header, IReadOnlyList<LegalStatusKind> OpenStatuses);

public sealed record ReopenFormPage(FamilyHeader Header, IReadOnlyList<LeadOption> Leads);

public sealed record FamilyForEdit(Guid Id, string Reference, string DisplayName, Guid TeamId, string TeamName, Guid Version);

/// <summary>
/// Reads for the family pages and lists. Each costs a fixed number of SQL commands whatever the family's history:
/// lists load one page, then what they show about that page's families in one more query, grouped in memory.
/// </summary>
public sealed class FamilyQueries(IAppDbContext db, FamilyAccess access, FamilyHeaders headers, Caseloads caseloads, Workbook.DueSummaries dueSummaries, Actions.ActionQueries actions, AllocationCandidates candidates, TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>The overview of a family the caller has already checked the actor may see (fourteen queries).</summary>
    public async Task<FamilyOverview> OverviewAsync(Guid familyId, CancellationToken ct)
    {
        var today = time.UkToday();
        var openings = await db.FamilyOpenings.AsNoTracking()
            .Where(o => o.FamilyId == familyId)
            .OrderByDescending(o => o.OpenedOn)
            .Select(o => new OpeningRow(o.OpenedOn, o.ClosedOn, o.ClosureReason, o.ClosureDetail))
            .ToListAsync(ct);
        var members = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId)
            .Select(m => new { m.Id, m.FullName, m.PreferredName, m.Role, m.DateOfBirth, m.ExpectedDateOfDelivery, m.Gender, m.LivesInHousehold })
            .ToListAsync(ct);
        var statuses = await db.LegalStatusEpisodes.AsNoTracking()
            .Where(e => e.FamilyId == familyId && e.StartDate <= today && (e.EndDate == null || e.EndDate > today))
            .Select(e => new { e.MemberId, e.Kind, e.Category, e.StartDate, e.EscalatedFrom })
            .ToListAsync(ct);
        var worries = await db.AdultWorries.AsNoTracking()
            .Where(w => w.FamilyId == familyId && w.IdentifiedOn <= today && (w.EndedOn == null || w.EndedOn > today))
            .Select(w => new { w.MemberId, w.Kind })
            .ToListAsync(ct);
        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => r.FamilyId == familyId)
            .Select(r => new GenogramLink(r.FromMemberId, r.ToMemberId, r.Kind, r.ParentalResponsibility, r.Description))
            .ToListAsync(ct);
        var workers = await (
            from a in db.Allocations.AsNoTracking()
            where a.FamilyId == familyId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)
            join p in db.People on a.PersonId equals p.Id
            orderby a.Role, p.FullName
            select new WorkerRow(a.PersonId, p.FullName ?? Person.VacantPostName, a.Role, a.StartDate))
            .ToListAsync(ct);
        var events = await (
            from e in db.SignificantEvents.AsNoTracking()
            where e.FamilyId == familyId
            orderby e.OccurredOn descending, e.CreatedAt descending
            select new LatestEvent(e.Id, e.OccurredOn, e.Kind, e.Account, e.RecordedBy!.FullName))
            .Take(FamilyOverview.LatestEventsShown)
            .ToListAsync(ct);
        var eventCount = await db.SignificantEvents.CountAsync(e => e.FamilyId == familyId, ct);

        var children = members
            .Where(m => m.Role == FamilyRole.Child)
            .OrderBy(m => m.DateOfBirth ?? m.ExpectedDateOfDelivery)
            .Select(m => new ChildRow(m.Id, m.FullName, m.PreferredName, m.DateOfBirth, m.ExpectedDateOfDelivery,
                statuses.Where(s => s.MemberId == m.Id)
                    .OrderBy(s => s.Kind)
                    .Select(s => new StatusRow(s.Kind, s.Category, s.StartDate, s.EscalatedFrom, StatutoryDates.Next(s.Kind, s.StartDate, today)))
                    .ToList()))
            .ToList();
        var adults = members
            .Where(m => m.Role != FamilyRole.Child)
            .OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.CurrentCulture)
            .Select(m => new AdultRow(m.Id, m.FullName, m.PreferredName, m.Role, m.DateOfBirth, worries.Where(w => w.MemberId == m.Id).Select(w => w.Kind).Order().ToList()))
            .ToList();
        var people = members
            .OrderBy(m => m.Role == FamilyRole.Child).ThenBy(m => m.DateOfBirth ?? m.ExpectedDateOfDelivery)
            .Select(m => new GenogramPerson(
                m.Id,
                m.PreferredName ?? m.FullName,
                m.DateOfBirth is { } born
                    ? m.Role == FamilyRole.Child ? $"b. {born.Year}" : $"Age {Ages.Years(born, today)}"
                    : m.ExpectedDateOfDelivery is { } due ? $"Due {due.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : null,
                m.Gender,
                m.DateOfBirth is null && m.ExpectedDateOfDelivery is not null,
                m.Role == FamilyRole.Child,
                m.LivesInHousehold))
            .ToList();
        var genogram = new Genogram(people, relationships);
        var workbook = await dueSummaries.FamilyAsync(familyId, ct);
        var supervision = await actions.GlanceAsync(familyId, ct);
        return new FamilyOverview(openings, children, adults, workers, genogram, events, eventCount, workbook, supervision);
    }

    /// <summary>The open families the actor has a current allocation to (three queries: count, page, their children's statuses).</summary>
    public async Task<Page<MyFamilyRow>> MyFamiliesAsync(Actor actor, int pageNumber, CancellationToken ct)
    {
        var today = time.UkToday();
        var personId = actor.PersonId;
        var families = db.Families.AsNoTracking()
            .Where(f => f.ClosedOn == null && f.Allocations.Any(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)));
        var total = await families.CountAsync(ct);
        var number = PageNumber(pageNumber, total);
        var rows = await families
            .OrderBy(f => f.DisplayName).ThenBy(f => f.Reference)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(f => new
            {
                f.Id,
                f.Reference,
                f.DisplayName,
                Role = f.Allocations.Where(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)).Select(a => a.Role).First(),
                Children = f.Members.Count(m => m.Role == FamilyRole.Child),
            })
            .ToListAsync(ct);
        var episodes = await OpenEpisodesAsync(rows.Select(r => r.Id).ToList(), today, ct);
        var items = rows
            .Select(r => new MyFamilyRow(r.Id, r.Reference, r.DisplayName, r.Role, ChildrenByStatus.For(r.Children, episodes.Where(e => e.FamilyId == r.Id), today)))
            .ToList();
        return new Page<MyFamilyRow>(items, number, PageSize, total);
    }

    /// <summary>How many open families the actor has a current allocation to (for the home page).</summary>
    public Task<int> MyFamilyCountAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var personId = actor.PersonId;
        return db.Families.AsNoTracking()
            .CountAsync(f => f.ClosedOn == null && f.Allocations.Any(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)), ct);
    }

    /// <summary>
    /// Families the actor may see whose reference, name or member's name (full or preferred) contains the text, open and
    /// closed, an exact reference first (two queries).
    /// </summary>
    public async Task<Page<FamilySearchRow>> SearchAsync(Actor actor, string? text, int pageNumber, CancellationToken ct)
    {
        // As the domain stores search names: upper case, single spaces.
        var wanted = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        if (wanted.Length == 0 || LikePatterns.Containing(wanted) is not { } pattern)
        {
            return new Page<FamilySearchRow>([], 1, PageSize, 0);
        }

        var families = access.VisibleFamilies(actor)
            .Where(f => EF.Functions.Like(f.Reference, pattern, LikePatterns.Escape)
                || EF.Functions.Like(f.SearchName, pattern, LikePatterns.Escape)
                || f.Members.Any(m => EF.Functions.Like(m.SearchName, pattern, LikePatterns.Escape)));
        var total = await families.CountAsync(ct);
        var number = PageNumber(pageNumber, total);
        var rows = await families
            .OrderBy(f => f.Reference == wanted ? 0 : 1).ThenBy(f => f.ClosedOn != null).ThenBy(f => f.Reference)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(f => new FamilySearchRow(f.Id, f.Reference, f.DisplayName, db.Teams.Where(t => t.Id == f.TeamId).Select(t => t.Name).First(), f.ClosedOn))
            .ToListAsync(ct);
        return new Page<FamilySearchRow>(rows, number, PageSize, total);
    }

    /// <summary>
    /// A team's open families and each current member's caseload. Only the team's current members and the service
    /// manager over it may see it; anyone else (Administrators included) is told it does not exist.
    /// </summary>
    public async Task<TeamCaseload> TeamCaseloadAsync(Actor actor, Guid teamId, int pageNumber, CancellationToken ct)
    {
        var today = time.UkToday();
        var memberships = db.CurrentMemberships(today);
        var team = await TeamsWhoseCaseloadActorMaySee(actor, today)
            .Where(t => t.Id == teamId)
            .Select(t => new { t.Id, t.Name, ServiceName = db.Services.Where(s => s.Id == t.ServiceId).Select(s => s.Name).First() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

        var families = db.Families.AsNoTracking().Where(f => f.TeamId == teamId && f.ClosedOn == null);
        var total = await families.CountAsync(ct);
        var number = PageNumber(pageNumber, total);
        var rows = await families
            .OrderBy(f => f.Reference)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(f => new
            {
                f.Id,
                f.Reference,
                f.DisplayName,
                f.OpenedOn,
                LeadName = f.Allocations
                    .Where(a => a.Role == AllocationRole.LeadSocialWorker && a.EndDate == null)
                    .Select(a => a.Person!.FullName)
                    .FirstOrDefault(),
                Children = f.Members.Count(m => m.Role == FamilyRole.Child),
            })
            .ToListAsync(ct);
        var episodes = await OpenEpisodesAsync(rows.Select(r => r.Id).ToList(), today, ct);
        var page = new Page<TeamFamilyRow>(
            rows.Select(r => new TeamFamilyRow(r.Id, r.Reference, r.DisplayName, r.LeadName, r.OpenedOn, ChildrenByStatus.For(r.Children, episodes.Where(e => e.FamilyId == r.Id), today))).ToList(),
            number,
            PageSize,
            total);

        var people = await (
            from m in memberships.AsNoTracking()
            where m.TeamId == teamId
            join p in db.People on m.PersonId equals p.Id
            where p.FullName != null
            select new { p.Id, p.FullName, p.JobRole })
            .ToListAsync(ct);
        var allocatable = people.Where(p => Caseloads.CanHoldCases(p.JobRole)).DistinctBy(p => p.Id).ToList();
        var loads = await caseloads.ForPeopleAsync(allocatable.Select(p => p.Id).ToList(), ct);
        var workers = allocatable
            .OrderBy(p => p.JobRole).ThenBy(p => p.FullName, StringComparer.CurrentCulture)
            .Select(p => new TeamWorkerCaseload(p.Id, p.FullName!, p.JobRole, loads[p.Id]))
            .ToList();
        return new TeamCaseload(team.Id, team.Name, team.ServiceName, page, workers, caseloads.Target);
    }

    /// <summary>Whether the actor may see the team's caseload page: its current members and the service manager over it.</summary>
    public Task<bool> MaySeeTeamCaseloadAsync(Actor actor, Guid teamId, CancellationToken ct) =>
        TeamsWhoseCaseloadActorMaySee(actor, time.UkToday()).AnyAsync(t => t.Id == teamId, ct);

    /// <summary>The teams the actor may open a family in, by name.</summary>
    public async Task<IReadOnlyList<NamedOption>> TeamsActorMayOpenFamiliesInAsync(Actor actor, CancellationToken ct)
    {
        var ids = await access.TeamsActorMayOpenFamiliesInAsync(actor, ct);
        return await db.Teams.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .OrderBy(t => t.Name)
            .Select(t => new NamedOption(t.Id, t.Name))
            .ToListAsync(ct);
    }

    /// <summary>The candidates (<see cref="AllocationCandidates"/>) for a family of one of the teams whose job role lets them be its lead social worker.</summary>
    public async Task<IReadOnlyList<LeadOption>> LeadOptionsAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct) =>
        (await candidates.ForTeamsAsync(teamIds, ct))
            .Where(c => AllocationRole.LeadSocialWorker.Fits(c.JobRole))
            .OrderBy(c => c.ForTeamName, StringComparer.CurrentCulture).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new LeadOption(c.PersonId, c.Name, c.ForTeamId, c.ForTeamName))
            .ToList();

    /// <summary>The form to open a family: the teams the actor may open one in (403 if none) and their possible leads.</summary>
    public async Task<OpenFormPage> OpenFormAsync(Actor actor, CancellationToken ct)
    {
        var teams = await TeamsActorMayOpenFamiliesInAsync(actor, ct);
        if (teams.Count == 0)
        {
            throw new ForbiddenException(FamilyService.MayNotOpen);
        }

        return new OpenFormPage(teams, await LeadOptionsAsync([.. teams.Select(t => t.Id)], ct));
    }

    /// <summary>
    /// The form to change a family, in one read for its GET and for showing it again: the header (404 unless the actor
    /// sees the family, 403 unless they manage it), the family as saved, and the teams it may move to (its own first when
    /// the actor does not manage it).
    /// </summary>
    public async Task<EditFormPage> EditFormAsync(Actor actor, Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Edit family", ct, FamilyNeed.Manage);
        var saved = await FamilyForEditAsync(familyId, ct);
        var teams = (await TeamsActorMayOpenFamiliesInAsync(actor, ct)).ToList();
        if (teams.All(t => t.Id != saved.TeamId))
        {
            teams.Insert(0, new NamedOption(saved.TeamId, saved.TeamName));
        }

        return new EditFormPage(header, saved, teams);
    }

    /// <summary>The form to close a family's case: the header (403 unless the actor manages the family) and the legal statuses still open, by name.</summary>
    public async Task<CloseFormPage> CloseFormAsync(Actor actor, Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Close family", ct, FamilyNeed.Manage);
        return new CloseFormPage(header, [.. (await OpenEpisodesAsync(familyId, ct)).Select(e => e.Kind).Distinct().Order()]);
    }

    /// <summary>The form to reopen a family's case: the header (403 unless the actor manages the family) and the possible leads in its team.</summary>
    public async Task<ReopenFormPage> ReopenFormAsync(Actor actor, Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(actor, familyId, "Reopen family", ct, FamilyNeed.Manage);
        return new ReopenFormPage(header, await LeadOptionsAsync([header.TeamId], ct));
    }

    public async Task<FamilyForEdit> FamilyForEditAsync(Guid familyId, CancellationToken ct) =>
        await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new FamilyForEdit(f.Id, f.Reference, f.DisplayName, f.TeamId, db.Teams.Where(t => t.Id == f.TeamId).Select(t => t.Name).First(), f.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>Whether any child in the family has a legal status open today (the close form warns about it).</summary>
    public Task<List<OpenEpisode>> OpenEpisodesAsync(Guid familyId, CancellationToken ct) => OpenEpisodesAsync([familyId], time.UkToday(), ct);

    private async Task<List<OpenEpisode>> OpenEpisodesAsync(List<Guid> familyIds, DateOnly today, CancellationToken ct) =>
        familyIds.Count == 0
            ? []
            : await db.LegalStatusEpisodes.AsNoTracking()
                .Where(e => familyIds.Contains(e.FamilyId) && e.StartDate <= today && (e.EndDate == null || e.EndDate > today))
                .Select(e => new OpenEpisode(e.FamilyId, e.MemberId, e.Kind, e.StartDate))
                .ToListAsync(ct);

    private IQueryable<Domain.Teams.Team> TeamsWhoseCaseloadActorMaySee(Actor actor, DateOnly today)
    {
        var personId = actor.PersonId;
        var memberships = db.CurrentMemberships(today);
        return db.Teams.AsNoTracking()
            .Where(t => memberships.Any(m => m.PersonId == personId && m.TeamId == t.Id)
                || db.Services.Any(s => s.Id == t.ServiceId && s.ServiceManagerId == personId));
    }

    private static int PageNumber(int requested, int total) => Math.Min(Math.Max(1, requested), Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
}
