using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Infrastructure.DemoData;

/// <summary>
/// A demo service shaped like the teams in the council reports: team manager, consultant social worker, social workers,
/// family practitioner and coordinator in each team, adult specialists from partner agencies shared across two teams,
/// a few vacancies, a sign-in for each kind of user, and about thirty families (<see cref="DemoFamilies"/>) with their
/// workbooks (<see cref="DemoWorkbooks"/>) and group supervisions (<see cref="DemoSupervisions"/>). Every name is invented.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    /// <summary>The password of every demo sign-in (listed in the README). Demo data is never loaded in Production.</summary>
    public const string DemoPassword = "kettle orbit meadow 42";

    public const string EmailDomain = "riverford.example";

    /// <summary>
    /// Loads the demo data into an empty database, in one save. A database that already has the demo people but no families
    /// (made before families existed) gets the families. Anything else is left alone. Returns whether anything was loaded.
    /// </summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Services.AnyAsync(ct) || await db.People.AnyAsync(ct))
        {
            return await AddFamiliesToEarlierDemoAsync(ct);
        }

        var today = time.UkToday();
        var longAgo = today.AddYears(-2);
        var lastYear = today.AddMonths(-11);

        var council = Organisation("Riverford Borough Council", OrganisationKind.Council);
        var nhs = Organisation("Riverford and Northshire NHS Foundation Trust", OrganisationKind.NhsTrust);
        var probation = Organisation("Northshire Probation Service", OrganisationKind.ProbationService);
        var recovery = Organisation("Pathways Recovery Service", OrganisationKind.SubstanceMisuseService);
        var charity = Organisation("Safe Haven Domestic Abuse Service", OrganisationKind.DomesticAbuseCharity);
        Organisation("Northshire Police", OrganisationKind.Police);

        Person Post(string? name, JobRole role, Organisation employer, decimal fte = 1.0m)
        {
            var person = new Person(new PostDetails
            {
                IsVacancy = name is null,
                FullName = name,
                WorkEmail = name is null ? null : EmailFor(name),
                JobRole = role,
                OrganisationId = employer.Id,
                Fte = fte,
                StartDate = name is null ? null : longAgo,
            });
            db.People.Add(person);
            return person;
        }

        var westManager = Post("Helen Okafor", JobRole.ServiceManager, council);
        var eastManager = Post("Marcus Bell", JobRole.ServiceManager, council);
        var west = Service("Family Safeguarding Service, West", westManager);
        var east = Service("Family Safeguarding Service, East", eastManager);

        var riverside = Team(west, "Riverside Team", "Riverford Civic Centre");
        var millbrook = Team(west, "Millbrook Team", "Millbrook Office");
        var hillside = Team(west, "Hillside Team", "Hillside Children's Centre");
        var eastgate = Team(east, "Eastgate Team", "Eastgate House");

        void Member(Person person, params Team[] teams)
        {
            foreach (var team in teams)
            {
                person.JoinTeam(team.Id, person.IsVacancy ? lastYear : longAgo, null);
            }
        }

        // Riverside: the team the demo sign-ins mostly belong to.
        Member(Post("Joanne Price", JobRole.TeamManager, council), riverside);
        Member(Post("Daniel Osei", JobRole.ConsultantSocialWorker, council), riverside);
        Member(Post("Tom Fielding", JobRole.SocialWorker, council), riverside);
        Member(Post("Grace Whitfield", JobRole.SocialWorker, council), riverside);
        Member(Post("Kieran Doyle", JobRole.SocialWorker, council), riverside);
        Member(Post("Leah Sandhu", JobRole.SeniorSocialWorker, council), riverside);
        Member(Post("Owen Pritchard", JobRole.SocialWorker, council, 0.8m), riverside);
        Member(Post("Ellie Morgan", JobRole.FamilyPractitioner, council), riverside);
        Member(Post("Gareth Hughes", JobRole.TeamCoordinator, council), riverside);

        // Millbrook, with one social work post vacant.
        Member(Post("Rachel Adeyemi", JobRole.TeamManager, council), millbrook);
        Member(Post("Simon Hart", JobRole.ConsultantSocialWorker, council), millbrook);
        Member(Post("Chloe Barker", JobRole.SocialWorker, council), millbrook);
        Member(Post("Imran Qureshi", JobRole.SocialWorker, council), millbrook);
        Member(Post("Hannah Lloyd", JobRole.SocialWorker, council), millbrook);
        Member(Post("Megan Foster", JobRole.SeniorSocialWorker, council), millbrook);
        Member(Post(null, JobRole.SocialWorker, council), millbrook);
        Member(Post("Ben Ashworth", JobRole.FamilyPractitioner, council), millbrook);
        Member(Post("Sophie Turnbull", JobRole.TeamCoordinator, council, 0.6m), millbrook);

        // Hillside.
        Member(Post("Victoria Ekwueme", JobRole.TeamManager, council), hillside);
        Member(Post("Paul Grierson", JobRole.AssistantTeamManager, council), hillside);
        Member(Post("Natalie Brooks", JobRole.ConsultantSocialWorker, council), hillside);
        Member(Post("Jamal Carter", JobRole.SocialWorker, council), hillside);
        Member(Post("Lucy Harrington", JobRole.SocialWorker, council), hillside);
        Member(Post("Ryan McAllister", JobRole.SocialWorker, council), hillside);
        Member(Post("Zara Patel", JobRole.SocialWorker, council, 0.6m), hillside);
        Member(Post("Fiona Gallagher", JobRole.FamilyPractitioner, council), hillside);
        Member(Post("Martin Shaw", JobRole.TeamCoordinator, council), hillside);

        // Eastgate, a smaller team in the second service.
        Member(Post("Catherine Noble", JobRole.TeamManager, council), eastgate);
        Member(Post("Adam Kowalczyk", JobRole.ConsultantSocialWorker, council), eastgate);
        Member(Post("Bethany Rowe", JobRole.SocialWorker, council), eastgate);
        Member(Post("Samuel Idowu", JobRole.SocialWorker, council), eastgate);
        Member(Post("Laura Jennings", JobRole.TeamCoordinator, council, 0.5m), eastgate);

        // Adult specialists from the partner agencies, most of them shared across two teams.
        Member(Post("Aisha Rahman", JobRole.DomesticAbuseVictimPractitioner, charity), riverside, millbrook);
        Member(Post("Craig Dawson", JobRole.SubstanceMisuseRecoveryWorker, recovery), riverside, millbrook);
        Member(Post(null, JobRole.MentalHealthPractitioner, nhs), riverside, millbrook);
        Member(Post("Emma Lindqvist", JobRole.MentalHealthPractitioner, nhs), hillside, eastgate);
        Member(Post("Neil Ramsay", JobRole.ProbationDomesticAbuseOfficer, probation), hillside, eastgate);
        Member(Post(null, JobRole.DomesticAbusePerpetratorPractitioner, charity), hillside);
        Member(Post("Dr Miriam Sato", JobRole.ClinicalPsychologist, nhs, 0.5m), riverside);

        // Service-wide roles.
        Post("Priya Natarajan", JobRole.Administrator, council);
        Post("Nadia Kowalski", JobRole.PerformanceAnalyst, council);
        Post("Robert Chen", JobRole.Auditor, council);

        DemoFamilies.Add(db, db.People.Local, db.Teams.Local, today);
        DemoWorkbooks.Add(db, db.Families.Local, db.People.Local, today, time.UtcNow());
        DemoSupervisions.Add(db, db.Families.Local, db.People.Local, db.MonthlySummaries.Local, today, time.UtcNow());
        await db.SaveChangesAsync(ct);
        await BackdateEventsAsync(ct);

        string[] signIns =
        [
            "Priya Natarajan", "Helen Okafor", "Marcus Bell", "Joanne Price", "Tom Fielding", "Aisha Rahman", "Ellie Morgan",
            "Gareth Hughes", "Nadia Kowalski", "Robert Chen",
        ];
        var people = await db.People.AsNoTracking().Where(p => p.FullName != null && signIns.Contains(p.FullName))
            .Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        foreach (var person in people)
        {
            var email = EmailFor(person.FullName!);
            var user = new AppUser
            {
                PersonId = person.Id,
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                LockoutEnabled = true,
                CreatedAt = time.UtcNow(),
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not create a demo sign-in: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        return true;

        Organisation Organisation(string name, OrganisationKind kind)
        {
            var organisation = new Organisation(name, kind);
            db.Organisations.Add(organisation);
            return organisation;
        }

        Service Service(string name, Person manager)
        {
            var service = new Service(name, manager.Id);
            db.Services.Add(service);
            return service;
        }

        Team Team(Service service, string name, string locality)
        {
            var team = new Team(service.Id, name, locality);
            db.Teams.Add(team);
            return team;
        }
    }

    private async Task<bool> AddFamiliesToEarlierDemoAsync(CancellationToken ct)
    {
        if (await db.Families.AnyAsync(ct))
        {
            return false;
        }

        var names = DemoFamilies.WorkerNames;
        var people = await db.People.AsNoTracking().Where(p => p.FullName != null && names.Contains(p.FullName) && p.EndDate == null).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => DemoFamilies.TeamNames.Contains(t.Name)).ToListAsync(ct);
        if (people.Select(p => p.FullName).Distinct().Count() != names.Count || people.Count != names.Count || teams.Count != DemoFamilies.TeamNames.Count)
        {
            return false;
        }

        try
        {
            DemoFamilies.Add(db, people, teams, time.UkToday());
            var managers = await db.People.AsNoTracking().Include(p => p.Memberships)
                .Where(p => (p.JobRole == JobRole.TeamManager || p.JobRole == JobRole.AssistantTeamManager) && p.FullName != null).ToListAsync(ct);
            DemoWorkbooks.Add(db, db.Families.Local, [.. people, .. managers], time.UkToday(), time.UtcNow());
            DemoSupervisions.Add(db, db.Families.Local, [.. people, .. managers], db.MonthlySummaries.Local, time.UkToday(), time.UtcNow());
        }
        catch (DomainRuleException)
        {
            // Someone has changed the demo people (a job role, say) so the families no longer fit: leave the database as it is.
            db.ChangeTracker.Clear();
            return false;
        }

        await db.SaveChangesAsync(ct);
        await BackdateEventsAsync(ct);
        return true;
    }

    /// <summary>
    /// How many days after it happened the demo's worker recorded an event: the same day or within <see cref="RecordedWithinDays"/>
    /// (never later than now). Saving stamps every row with the time it is saved, so the events are dated afterwards.
    /// </summary>
    public const int RecordedWithinDays = 3;

    /// <summary>Each demo event recorded on, or a day or so after, the day it happened, so "recorded since the last supervision" means what it says.</summary>
    private async Task BackdateEventsAsync(CancellationToken ct)
    {
        var now = time.UtcNow();
        var events = db.SignificantEvents.Local.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).Select(e => (e.Id, e.OccurredOn)).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            var (id, occurredOn) = events[i];
            var recorded = occurredOn.AddDays(i % RecordedWithinDays).ToDateTime(new TimeOnly(9 + (i % 8), (i * 17) % 60), DateTimeKind.Utc);
            var at = recorded < now ? recorded : now;
            await db.SignificantEvents.Where(e => e.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.CreatedAt, at).SetProperty(e => e.ModifiedAt, at), ct);
        }
    }

    /// <summary>firstname.lastname@riverford.example, ignoring a title such as "Dr".</summary>
    public static string EmailFor(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "Dr").ToArray();
        return $"{parts[0]}.{parts[^1]}@{EmailDomain}".ToLowerInvariant();
    }
}
