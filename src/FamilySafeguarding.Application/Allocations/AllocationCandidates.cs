using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Allocations;

/// <summary>
/// Who may be given a role on a family, decided here for every path that sets a family's worker: opening a case,
/// reopening it, allocating a worker and making someone the lead. A candidate is a person in post today, in a job role
/// that fits some role on a family, who is a current member of the team that holds the family, or an adult specialist in
/// a current team of the same service (specialists are shared between teams). Nobody else: an allocation makes the
/// family visible to the worker, so this rule is what keeps a family inside its team and service. Administrators are
/// never candidates (their role fits no role on a family, and they belong to no team). Whether the person's job role
/// fits the particular role is the family's own rule (<see cref="Family.Allocate"/>).
/// </summary>
public sealed class AllocationCandidates(IAppDbContext db, TimeProvider time)
{
    /// <summary>The job roles that fit at least one role on a family: nobody else is offered for allocation.</summary>
    private static readonly JobRole[] AllocatableRoles =
        [.. JobRoles.All.Where(j => Enum.GetValues<AllocationRole>().Any(r => r.Fits(j)))];

    private static readonly JobRole[] SpecialistRoles = [.. JobRoles.All.Where(j => j.IsAdultSpecialist())];

    /// <summary>The candidates for a family of any of the teams, each with the team they are a candidate for, in one SQL command.</summary>
    public async Task<IReadOnlyList<Candidate>> ForTeamsAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct)
    {
        var ids = teamIds.ToList();
        return await Query(db.Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Id)).ToListAsync(ct);
    }

    /// <summary>The candidates for this family, in one SQL command.</summary>
    public async Task<IReadOnlyList<Candidate>> ForFamilyAsync(Guid familyId, CancellationToken ct) =>
        await Query(db.Families.Where(f => f.Id == familyId).Select(f => f.TeamId)).ToListAsync(ct);

    /// <summary>
    /// For a command that sets a worker on a family held by the team: the person as the family's rules need them, if they
    /// are a candidate; otherwise the form is shown again with <paramref name="message"/> beside <paramref name="field"/>.
    /// </summary>
    public async Task<Worker> RequireAsync(Guid teamId, Guid personId, string field, string message, CancellationToken ct)
    {
        var candidate = await Query(db.Teams.Where(t => t.Id == teamId).Select(t => t.Id), personId).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException(message, field);
        return new Worker(candidate.PersonId, candidate.JobRole, candidate.Name);
    }

    private IQueryable<Candidate> Query(IQueryable<Guid> forTeamIds, Guid? onlyPersonId = null)
    {
        var today = time.UkToday();
        return
            from m in db.CurrentMemberships(today).AsNoTracking()
            where onlyPersonId == null || m.PersonId == onlyPersonId
            join via in db.Teams on m.TeamId equals via.Id
            join p in db.People on m.PersonId equals p.Id
            where p.FullName != null && (p.EndDate == null || p.EndDate >= today) && AllocatableRoles.Contains(p.JobRole)
            from team in db.Teams
            where forTeamIds.Contains(team.Id)
                && (team.Id == via.Id || (SpecialistRoles.Contains(p.JobRole) && team.ServiceId == via.ServiceId))
            select new Candidate(p.Id, p.FullName!, p.JobRole, team.Id, team.Name, via.Name);
    }
}

/// <summary>A person who may be given a role on a family of <paramref name="ForTeamId"/>, through their membership of <paramref name="ViaTeamName"/>.</summary>
public sealed record Candidate(Guid PersonId, string Name, JobRole JobRole, Guid ForTeamId, string ForTeamName, string ViaTeamName);
