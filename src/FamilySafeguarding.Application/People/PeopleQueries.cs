using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.People;

public enum PostStatus
{
    All = 0,
    InPost = 1,
    Vacancy = 2,
}

public sealed record DirectoryFilter
{
    public string? Name { get; init; }

    public Discipline? Discipline { get; init; }

    public Guid? OrganisationId { get; init; }

    public Guid? TeamId { get; init; }

    public PostStatus Status { get; init; }

    /// <summary>Also list posts whose end date has passed.</summary>
    public bool IncludeEnded { get; init; }

    public int PageNumber { get; init; } = 1;
}

public sealed record DirectoryRow(Guid Id, string? FullName, JobRole Role, string OrganisationName, decimal Fte, DateOnly? EndDate, IReadOnlyList<string> Teams)
{
    public bool IsVacancy => FullName is null;
}

public sealed record PersonMembership(Guid MembershipId, Guid TeamId, string TeamName, string ServiceName, DateOnly StartDate, DateOnly? EndDate);

public sealed record AccountStatus(string? Email, bool IsDisabled, bool TwoFactorEnabled, bool HasPassword);

public sealed record PersonFormPage(PersonDetail? Saved, IReadOnlyList<(Guid Id, string Name)> Organisations);

public sealed record PersonDetail(
    Guid Id,
    string? FullName,
    string? WorkEmail,
    JobRole Role,
    Guid OrganisationId,
    string OrganisationName,
    OrganisationKind OrganisationKind,
    decimal Fte,
    DateOnly? StartDate,
    DateOnly? EndDate,
    Guid Version,
    IReadOnlyList<PersonMembership> Memberships,
    AccountStatus? Account)
{
    public bool IsVacancy => FullName is null;
}

/// <summary>Reads for the people directory and a person's page. The directory is paged and filtered in the database.</summary>
public sealed class PeopleQueries(IAppDbContext db, ManagementRights rights, OrganisationQueries organisations, TimeProvider time)
{
    public const int PageSize = 25;

    public async Task<Page<DirectoryRow>> DirectoryAsync(DirectoryFilter filter, CancellationToken ct)
    {
        var today = time.UkToday();
        var people = db.People.AsNoTracking();
        if (!filter.IncludeEnded)
        {
            people = people.Where(p => p.EndDate == null || p.EndDate >= today);
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var pattern = LikePatterns.Containing(filter.Name.Trim().ToUpperInvariant());
            people = pattern is null
                ? people.Where(p => false)
                : people.Where(p => p.FullName != null && EF.Functions.Like(p.FullName.ToUpper(), pattern, LikePatterns.Escape));
        }

        if (filter.Discipline is { } discipline)
        {
            var roles = JobRoles.RolesIn(discipline).ToList();
            people = people.Where(p => roles.Contains(p.JobRole));
        }

        if (filter.OrganisationId is { } organisationId)
        {
            people = people.Where(p => p.OrganisationId == organisationId);
        }

        if (filter.TeamId is { } teamId)
        {
            var current = db.CurrentMemberships(today);
            people = people.Where(p => current.Any(m => m.PersonId == p.Id && m.TeamId == teamId));
        }

        people = filter.Status switch
        {
            PostStatus.InPost => people.Where(p => p.FullName != null),
            PostStatus.Vacancy => people.Where(p => p.FullName == null),
            _ => people,
        };

        var total = await people.CountAsync(ct);
        var pageNumber = Math.Min(Math.Max(1, filter.PageNumber), Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await people
            .OrderBy(p => p.FullName == null).ThenBy(p => p.FullName).ThenBy(p => p.JobRole).ThenBy(p => p.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new
            {
                p.Id,
                p.FullName,
                p.JobRole,
                OrganisationName = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First(),
                p.Fte,
                p.EndDate,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var teams = await (
            from m in db.CurrentMemberships(today).AsNoTracking()
            where ids.Contains(m.PersonId)
            join t in db.Teams on m.TeamId equals t.Id
            select new { m.PersonId, t.Name })
            .ToListAsync(ct);
        var items = rows
            .Select(r => new DirectoryRow(r.Id, r.FullName, r.JobRole, r.OrganisationName, r.Fte, r.EndDate,
                teams.Where(t => t.PersonId == r.Id).Select(t => t.Name).Order(StringComparer.CurrentCulture).ToList()))
            .ToList();
        return new Page<DirectoryRow>(items, pageNumber, PageSize, total);
    }

    /// <summary>
    /// The post form, in one read for its GET and for showing it again: to add a post (<paramref name="personId"/> null;
    /// 403 unless the actor may add people) or to change one (403 unless the actor may change this person), with the
    /// person as saved and the organisations to choose from.
    /// </summary>
    public async Task<PersonFormPage> PersonFormAsync(Actor actor, Guid? personId, CancellationToken ct)
    {
        PersonDetail? saved = null;
        if (personId is { } id)
        {
            await rights.EnsureCanManagePersonAsync(actor, id, ct);
            saved = await PersonAsync(id, ct);
        }
        else
        {
            ManagementRights.EnsureMayCreatePeople(actor);
        }

        return new PersonFormPage(saved, await organisations.OptionsAsync(ct));
    }

    public async Task<PersonDetail> PersonAsync(Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new
            {
                p.Id,
                p.FullName,
                p.WorkEmail,
                p.JobRole,
                p.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => new { o.Name, o.Kind }).First(),
                p.Fte,
                p.StartDate,
                p.EndDate,
                p.Version,
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var memberships = await (
            from m in db.TeamMemberships.AsNoTracking()
            where m.PersonId == personId
            join t in db.Teams on m.TeamId equals t.Id
            join s in db.Services on t.ServiceId equals s.Id
            orderby m.StartDate descending
            select new PersonMembership(m.Id, t.Id, t.Name, s.Name, m.StartDate, m.EndDate))
            .ToListAsync(ct);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.PersonId == personId)
            .Select(u => new { u.Email, u.IsDisabled, u.TwoFactorEnabled, HasPassword = u.PasswordHash != null })
            .SingleOrDefaultAsync(ct);
        return new PersonDetail(person.Id, person.FullName, person.WorkEmail, person.JobRole, person.OrganisationId, person.Organisation.Name,
            person.Organisation.Kind, person.Fte, person.StartDate, person.EndDate, person.Version, memberships,
            account is null ? null : new AccountStatus(account.Email, account.IsDisabled, account.TwoFactorEnabled, account.HasPassword));
    }
}
