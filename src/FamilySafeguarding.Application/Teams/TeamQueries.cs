using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Teams;

public sealed record ServiceSummary(Guid Id, string Name, Guid? ServiceManagerId, string? ServiceManagerName, IReadOnlyList<TeamSummary> Teams);

public sealed record TeamSummary(Guid Id, string Name, string Locality, int MemberCount, int VacancyCount);

public sealed record ServiceForEdit(Guid Id, string Name, Guid? ServiceManagerId, Guid Version);

public sealed record TeamForEdit(Guid Id, Guid ServiceId, string ServiceName, string Name, string Locality, Guid Version);

public sealed record TeamMember(
    Guid MembershipId,
    Guid PersonId,
    string? FullName,
    JobRole Role,
    string OrganisationName,
    OrganisationKind OrganisationKind,
    decimal Fte,
    DateOnly StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string> OtherTeams)
{
    public bool IsVacancy => FullName is null;
}

public sealed record DisciplineGroup(Discipline Discipline, int FilledCount, int VacancyCount, IReadOnlyList<TeamMember> Members);

public sealed record TeamDetail(
    Guid Id,
    string Name,
    string Locality,
    Guid ServiceId,
    string ServiceName,
    IReadOnlyList<DisciplineGroup> Groups,
    IReadOnlyList<TeamMember> Upcoming,
    IReadOnlyList<TeamMember> RecentlyLeft,
    int LeftCount)
{
    public const int RecentlyLeftShown = 20;

    public int MemberCount => Groups.Sum(g => g.FilledCount);

    public int VacancyCount => Groups.Sum(g => g.VacancyCount);

    /// <summary>
    /// The team described the way the council reports do: "1 Team Manager, 1 Consultant Social Worker, 5 Social Workers,
    /// 1 Team Coordinator", then its adult specialists and how many of them are shared with another team.
    /// </summary>
    public string Composition
    {
        get
        {
            var members = Groups.SelectMany(g => g.Members).ToList();
            string Part(IGrouping<JobRole, TeamMember> role)
            {
                var count = role.Count();
                var vacant = role.Count(m => m.IsVacancy);
                var text = $"{count} {(count == 1 ? role.Key.DisplayName() : role.Key.PluralName())}";
                return vacant == 0 ? text : $"{text} ({vacant} vacant)";
            }

            var core = members.Where(m => !m.Role.IsAdultSpecialist()).GroupBy(m => m.Role).OrderBy(g => g.Key).Select(Part).ToList();
            var specialists = members.Where(m => m.Role.IsAdultSpecialist()).GroupBy(m => m.Role).OrderBy(g => g.Key).Select(Part).ToList();
            var shared = members.Count(m => m.Role.IsAdultSpecialist() && m.OtherTeams.Count > 0);
            var text = core.Count > 0 ? string.Join(", ", core) : specialists.Count > 0 ? string.Empty : "No members yet";
            if (specialists.Count > 0)
            {
                text += $"{(text.Length > 0 ? ". " : string.Empty)}Adult specialists: {string.Join(", ", specialists)}";
                if (shared > 0)
                {
                    text += $" ({shared} shared with another team)";
                }
            }

            return text + ".";
        }
    }
}

public sealed record PersonOption(Guid Id, string? FullName, JobRole Role, string OrganisationName, int CurrentTeamCount)
{
    public string Label => $"{FullName ?? Person.VacantPostName}, {Role.DisplayName()} ({OrganisationName})"
        + (CurrentTeamCount > 0 ? $", in {CurrentTeamCount} team{(CurrentTeamCount == 1 ? string.Empty : "s")}" : string.Empty);
}

public sealed record ServiceFormPage(ServiceForEdit? Saved, IReadOnlyList<(Guid Id, string Name)> Managers);

/// <summary>The team form's page: the service the team is in, and the team as saved when it is changed.</summary>
public sealed record TeamFormPage(Guid ServiceId, string ServiceName, TeamForEdit? Saved);

public sealed record AddMemberFormPage(string TeamName, IReadOnlyList<PersonOption> Candidates);

public sealed record MembershipToEnd(Guid MembershipId, Guid TeamId, string TeamName, string? FullName, JobRole Role, DateOnly StartDate, DateOnly? EndDate);

/// <summary>Reads for the services, teams and membership pages. Each page costs a fixed number of queries, whatever the team's size.</summary>
public sealed class TeamQueries(IAppDbContext db, ManagementRights rights, TimeProvider time)
{
    public async Task<IReadOnlyList<ServiceSummary>> ServicesAsync(CancellationToken ct)
    {
        var today = time.UkToday();
        var services = await db.Services.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.ServiceManagerId,
                ManagerName = s.ServiceManager!.FullName,
            })
            .ToListAsync(ct);
        var current = db.CurrentMemberships(today);
        var teams = await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                t.ServiceId,
                Summary = new TeamSummary(
                    t.Id,
                    t.Name,
                    t.Locality,
                    current.Count(m => m.TeamId == t.Id && db.People.Any(p => p.Id == m.PersonId && p.FullName != null)),
                    current.Count(m => m.TeamId == t.Id && db.People.Any(p => p.Id == m.PersonId && p.FullName == null))),
            })
            .ToListAsync(ct);
        return services
            .Select(s => new ServiceSummary(s.Id, s.Name, s.ServiceManagerId, s.ManagerName, teams.Where(t => t.ServiceId == s.Id).Select(t => t.Summary).ToList()))
            .ToList();
    }

    /// <summary>The service form (administrators only): to add a service (<paramref name="serviceId"/> null) or to change one, as saved; with the service managers to choose from.</summary>
    public async Task<ServiceFormPage> ServiceFormAsync(Actor actor, Guid? serviceId, CancellationToken ct)
    {
        ManagementRights.EnsureAdministrator(actor);
        var saved = serviceId is { } id ? await ServiceForEditAsync(id, ct) : null;
        return new ServiceFormPage(saved, await ServiceManagerOptionsAsync(ct));
    }

    /// <summary>The form to add a team to a service: 403 unless the actor may change the service's teams, 404 for no such service.</summary>
    public async Task<TeamFormPage> NewTeamFormAsync(Actor actor, Guid serviceId, CancellationToken ct)
    {
        await rights.EnsureCanManageServiceAsync(actor, serviceId, ct);
        return new TeamFormPage(serviceId, await ServiceNameAsync(serviceId, ct), null);
    }

    /// <summary>The form to change a team, as saved: 403 unless the actor may change the team, 404 for no such team.</summary>
    public async Task<TeamFormPage> TeamFormAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        var team = await TeamForEditAsync(teamId, ct);
        return new TeamFormPage(team.ServiceId, team.ServiceName, team);
    }

    /// <summary>The form to add someone to a team, with everyone who could join it: 403 unless the actor may change the team.</summary>
    public async Task<AddMemberFormPage> AddMemberFormAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        var team = await TeamForEditAsync(teamId, ct);
        return new AddMemberFormPage(team.Name, await CandidatesAsync(actor, teamId, ct));
    }

    /// <summary>The form to end a membership of the team: 403 unless the actor may change the team, 404 unless the membership is the team's.</summary>
    public async Task<MembershipToEnd> EndMembershipFormAsync(Actor actor, Guid teamId, Guid membershipId, CancellationToken ct)
    {
        await rights.EnsureCanManageTeamAsync(actor, teamId, ct);
        return await MembershipAsync(teamId, membershipId, ct);
    }

    public async Task<ServiceForEdit> ServiceForEditAsync(Guid serviceId, CancellationToken ct) =>
        await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Select(s => new ServiceForEdit(s.Id, s.Name, s.ServiceManagerId, s.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    public async Task<string> ServiceNameAsync(Guid serviceId, CancellationToken ct) =>
        await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => s.Name).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException();

    public async Task<IReadOnlyList<(Guid Id, string Name)>> ServiceManagerOptionsAsync(CancellationToken ct) =>
        (await db.People.AsNoTracking()
            .Where(p => p.JobRole == JobRole.ServiceManager && p.FullName != null)
            .OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName })
            .ToListAsync(ct))
        .Select(p => (p.Id, p.FullName!)).ToList();

    public async Task<TeamForEdit> TeamForEditAsync(Guid teamId, CancellationToken ct) =>
        await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new TeamForEdit(t.Id, t.ServiceId, db.Services.Where(s => s.Id == t.ServiceId).Select(s => s.Name).First(), t.Name, t.Locality, t.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    public async Task<TeamDetail> TeamAsync(Guid teamId, CancellationToken ct)
    {
        var today = time.UkToday();
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Id, t.Name, t.Locality, t.ServiceId, ServiceName = db.Services.Where(s => s.Id == t.ServiceId).Select(s => s.Name).First() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

        var memberships = await (
            from m in db.TeamMemberships.AsNoTracking()
            where m.TeamId == teamId
            join p in db.People on m.PersonId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id
            select new { m.Id, m.PersonId, p.FullName, p.JobRole, OrganisationName = o.Name, OrganisationKind = o.Kind, p.Fte, m.StartDate, m.EndDate })
            .ToListAsync(ct);

        var personIds = memberships.Select(m => m.PersonId).Distinct().ToList();
        var otherTeams = await (
            from m in db.CurrentMemberships(today).AsNoTracking()
            where personIds.Contains(m.PersonId) && m.TeamId != teamId
            join t in db.Teams on m.TeamId equals t.Id
            select new { m.PersonId, t.Name })
            .ToListAsync(ct);

        var rows = memberships
            .Select(m => new TeamMember(m.Id, m.PersonId, m.FullName, m.JobRole, m.OrganisationName, m.OrganisationKind, m.Fte, m.StartDate, m.EndDate,
                otherTeams.Where(o => o.PersonId == m.PersonId).Select(o => o.Name).Order(StringComparer.CurrentCulture).ToList()))
            .ToList();
        var current = rows.Where(r => r.StartDate <= today && (r.EndDate is null || r.EndDate >= today));
        var groups = current
            .GroupBy(r => r.Role.Discipline())
            .OrderBy(g => g.Key)
            .Select(g => new DisciplineGroup(
                g.Key,
                g.Count(r => !r.IsVacancy),
                g.Count(r => r.IsVacancy),
                g.OrderBy(r => r.Role).ThenBy(r => r.IsVacancy).ThenBy(r => r.FullName, StringComparer.CurrentCulture).ToList()))
            .ToList();
        var upcoming = rows.Where(r => r.StartDate > today).OrderBy(r => r.StartDate).ToList();
        var left = rows.Where(r => r.EndDate < today).OrderByDescending(r => r.EndDate).ToList();
        return new TeamDetail(team.Id, team.Name, team.Locality, team.ServiceId, team.ServiceName, groups, upcoming,
            left.Take(TeamDetail.RecentlyLeftShown).ToList(), left.Count);
    }

    /// <summary>
    /// Everyone who could join the team: people and vacancies not already in it today, except administrators (who belong
    /// to no team) and the person asking (nobody changes their own memberships).
    /// </summary>
    public async Task<IReadOnlyList<PersonOption>> CandidatesAsync(Actor actor, Guid teamId, CancellationToken ct)
    {
        var today = time.UkToday();
        var current = db.CurrentMemberships(today);
        var actorId = actor.PersonId;
        return await db.People.AsNoTracking()
            .Where(p => (p.EndDate == null || p.EndDate >= today)
                && p.JobRole != JobRole.Administrator
                && p.Id != actorId
                && !db.TeamMemberships.Any(m => m.PersonId == p.Id && m.TeamId == teamId && (m.EndDate == null || m.EndDate >= today)))
            .OrderBy(p => p.FullName == null).ThenBy(p => p.FullName).ThenBy(p => p.JobRole)
            .Select(p => new PersonOption(
                p.Id,
                p.FullName,
                p.JobRole,
                db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First(),
                current.Count(m => m.PersonId == p.Id)))
            .ToListAsync(ct);
    }

    public async Task<MembershipToEnd> MembershipAsync(Guid teamId, Guid membershipId, CancellationToken ct) =>
        await (
            from m in db.TeamMemberships.AsNoTracking()
            where m.Id == membershipId && m.TeamId == teamId
            join p in db.People on m.PersonId equals p.Id
            join t in db.Teams on m.TeamId equals t.Id
            select new MembershipToEnd(m.Id, t.Id, t.Name, p.FullName, p.JobRole, m.StartDate, m.EndDate))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
}
