using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.Benchmarks;

/// <summary>
/// What the benchmark measures against: who signs in, which family's workbook and supervisions (its latest signed off,
/// and the one scheduled this month), which team's supervision list, which words to search for.
/// </summary>
internal sealed record History(
    string ManagerEmail,
    string ServiceManagerEmail,
    string Password,
    Guid TeamId,
    Guid FamilyId,
    Guid LatestSupervisionId,
    Guid ScheduledSupervisionId,
    int Families,
    int Summaries,
    int Supervisions,
    int Actions,
    int Documents,
    string CommonWord,
    string RareWord);

/// <summary>
/// A council-sized history written through the app's own domain types and DbContext, so the auditing and search
/// interceptors write the audit entries and search documents as they would in use: 3 teams, open families spread
/// across them, each with four chapters (lead social worker, family practitioner, domestic abuse and mental health
/// workers), every month of the years asked for submitted in every chapter, a few members and events per family, and a
/// signed-off group supervision a month with two actions each, most done, the last month's open, and the next one
/// scheduled in the coming week. Saved in batches, each in a fresh context, so change tracking stays small. Seeded, so every
/// run writes the same.
/// </summary>
internal static class CouncilHistory
{
    public const string CommonWord = "school";
    public const string RareWord = "trampoline";
    private const string Password = "benchmark harbour tangerine 42";

    /// <summary>The service manager over the three teams, for the service manager's home.</summary>
    private const string ServiceManagerEmail = "service.manager@benchmark.example";
    private const int SummariesPerBatch = 2000;
    private const int SupervisionsPerBatch = 600;

    private static readonly string[] Words =
    [
        "visited", "home", "school", "mother", "father", "children", "contact", "plan", "safety", "worries", "strengths", "progress",
        "appointment", "attended", "missed", "nursery", "health", "visitor", "police", "housing", "rent", "arrears", "benefits",
        "drinking", "sober", "counselling", "therapy", "group", "programme", "anger", "calm", "routine", "bedtime", "meals",
        "clean", "cluttered", "garden", "grandmother", "aunt", "uncle", "neighbour", "support", "network", "meeting", "conference",
        "review", "core", "group", "goals", "scaling", "motivation", "change", "relapse", "maintenance", "honest", "open",
        "reluctant", "engaged", "disengaged", "phone", "text", "letter", "court", "solicitor", "probation", "worker", "practitioner",
        "attendance", "teacher", "uniform", "homework", "reading", "speech", "language", "doctor", "medication", "sleep", "anxiety",
        "low", "mood", "confident", "important", "week", "month", "weekend", "holiday", "birthday", "football", "park", "library",
        "swimming", "bus", "money", "food", "bank", "vouchers", "debt", "advice", "tenancy", "landlord", "repairs", "damp", "heating",
    ];

    private static readonly string[] Surnames = ["Khan", "Smith", "Jones", "Patel", "Brown", "Taylor", "Wilson", "Evans", "Davies", "Hughes", "Okafor", "Nowak", "Murphy", "Ahmed", "Clarke", "Walsh", "Begum", "Reid"];
    private static readonly string[] FirstNames = ["Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Jack", "Ella", "Harry", "Zara", "Ali", "Grace", "Ruby", "Theo", "Sofia", "Kai", "Lily"];

    public static async Task<History> WriteAsync(IServiceProvider services, int familyCount, int years, Action<string> progress)
    {
        var random = new Random(20261201);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisMonth = MonthlySummary.MonthOf(today);
        var firstMonth = thisMonth.AddMonths(-12 * years);
        var openedOn = firstMonth;

        // People and teams.
        var council = new Organisation("Benchmark Council", OrganisationKind.Council);
        var charity = new Organisation("Benchmark Domestic Abuse Charity", OrganisationKind.DomesticAbuseCharity);
        var serviceManager = Post(council, JobRole.ServiceManager, "Service Manager");
        var service = new Service("Children's Services", serviceManager.Id);
        var teams = Enumerable.Range(1, 3).Select(i => new Team(service.Id, $"Team {i}", "Town Hall")).ToList();
        var staff = teams.Select((team, t) => new TeamStaff(
            team,
            Post(council, JobRole.TeamManager, $"Manager {t + 1}"),
            Enumerable.Range(1, 8).Select(i => Post(council, JobRole.SocialWorker, $"Social Worker {t + 1}.{i}")).ToList(),
            Enumerable.Range(1, 4).Select(i => Post(council, JobRole.FamilyPractitioner, $"Family Practitioner {t + 1}.{i}")).ToList(),
            Enumerable.Range(1, 3).Select(i => Post(charity, JobRole.DomesticAbuseVictimPractitioner, $"DA Practitioner {t + 1}.{i}")).ToList(),
            Enumerable.Range(1, 3).Select(i => Post(council, JobRole.MentalHealthPractitioner, $"Mental Health Practitioner {t + 1}.{i}")).ToList())).ToList();
        var everyone = staff.SelectMany(s => s.All).ToList();
        foreach (var s in staff)
        {
            foreach (var person in s.All)
            {
                person.JoinTeam(s.Team.Id, openedOn.AddYears(-1), null);
            }
        }

        await SaveAsync(services, db =>
        {
            db.AddRange(council, charity, serviceManager, service);
            db.AddRange(teams);
            db.AddRange(everyone);
        });

        var manager = staff[0].Manager;
        var email = "team.manager@benchmark.example";
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (personId, address) in new[] { (manager.Id, email), (serviceManager.Id, ServiceManagerEmail) })
            {
                var created = await users.CreateAsync(new AppUser { PersonId = personId, UserName = address, Email = address, EmailConfirmed = true }, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
            }
        }

        // Families, each with two adults, two children and its four workers.
        var chapters = new List<(Guid FamilyId, Guid AuthorId, Guid[] Children)>();
        var households = new List<Household>();
        var familyIds = new List<Guid>();
        for (var start = 0; start < familyCount; start += 50)
        {
            var batch = new List<Family>();
            for (var n = start; n < Math.Min(familyCount, start + 50); n++)
            {
                var s = staff[n % staff.Count];
                var surname = Surnames[random.Next(Surnames.Length)];
                var lead = s.SocialWorkers[random.Next(s.SocialWorkers.Count)];
                var family = Family.Open(Family.FormatReference(n + 1), $"{surname} family", s.Team.Id, openedOn, Worker(lead), today);
                var mother = family.AddMember(Member($"{FirstNames[random.Next(FirstNames.Length)]} {surname}", FamilyRole.Mother, new DateOnly(1990, 4, 2)), today);
                var father = family.AddMember(Member($"{FirstNames[random.Next(FirstNames.Length)]} {surname}", FamilyRole.Father, new DateOnly(1988, 9, 12)), today);
                var children = new[]
                {
                    family.AddMember(Member($"{FirstNames[random.Next(FirstNames.Length)]} {surname}", FamilyRole.Child, new DateOnly(2016, 1, 20)), today),
                    family.AddMember(Member($"{FirstNames[random.Next(FirstNames.Length)]} {surname}", FamilyRole.Child, new DateOnly(2019, 6, 3)), today),
                };
                var practitioner = s.FamilyPractitioners[random.Next(s.FamilyPractitioners.Count)];
                var domesticAbuse = s.DomesticAbuse[random.Next(s.DomesticAbuse.Count)];
                var mentalHealth = s.MentalHealth[random.Next(s.MentalHealth.Count)];
                family.Allocate(Worker(practitioner), AllocationRole.FamilyPractitioner, openedOn, [], today);
                family.Allocate(Worker(domesticAbuse), AllocationRole.DomesticAbuseVictimWorker, openedOn, [mother.Id], today);
                family.Allocate(Worker(mentalHealth), AllocationRole.MentalHealth, openedOn, [father.Id], today);
                foreach (var author in new[] { lead, practitioner, domesticAbuse, mentalHealth })
                {
                    chapters.Add((family.Id, author.Id, children.Select(c => c.Id).ToArray()));
                }

                familyIds.Add(family.Id);
                households.Add(new Household(family.Id, s.Manager.Id, [lead.Id, practitioner.Id, domesticAbuse.Id, mentalHealth.Id], [mother.Id, father.Id], [.. children.Select(c => c.Id)]));
                batch.Add(family);
            }

            await SaveAsync(services, db => db.AddRange(batch));
        }

        progress($"{familyCount} families, {familyCount * 4} members, {chapters.Count} chapters");

        // Significant events, ten a family.
        await SaveAsync(services, db =>
        {
            foreach (var (familyId, authorId, _) in chapters.Where((_, i) => i % 4 == 0))
            {
                for (var i = 0; i < 10; i++)
                {
                    var kind = Enum.GetValues<SignificantEventKind>()[random.Next(Enum.GetValues<SignificantEventKind>().Length)];
                    db.Add(new SignificantEvent(familyId, authorId, new EventDetails { OccurredOn = openedOn.AddDays(random.Next(365 * years)), Kind = kind, Account = Sentences(random, 3) }, today));
                }
            }
        });

        // Every chapter's summary for every month, all submitted. The rare word goes into about one summary in 5,000.
        var months = Enumerable.Range(0, 12 * years).Select(i => firstMonth.AddMonths(i)).Where(m => m < thisMonth).ToList();
        var summaries = 0;
        var pending = new List<MonthlySummary>();
        foreach (var month in months)
        {
            foreach (var (familyId, authorId, children) in chapters)
            {
                var summary = MonthlySummary.Start(familyId, authorId, month, today);
                var rare = random.Next(5000) == 0 || (familyId == familyIds[0] && month == months[Math.Min(10, months.Count - 1)]);
                summary.Submit(authorId, new SummaryContent
                {
                    WorkUndertaken = Sentences(random, 3),
                    WhatHasChanged = Sentences(random, 2) + (rare ? $" The children now have a {RareWord} in the garden." : ""),
                    Worries = Sentences(random, 2),
                    Strengths = Sentences(random, 2),
                    NextSteps = Sentences(random, 1),
                    People = [new SummaryPersonContent { MemberId = children[0], Impact = Sentences(random, 1) }],
                }, month.AddMonths(1).AddDays(3).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
                pending.Add(summary);
                summaries++;
                if (pending.Count == SummariesPerBatch)
                {
                    await SaveAsync(services, db => db.AddRange(pending));
                    pending.Clear();
                    if (summaries % 10000 < SummariesPerBatch)
                    {
                        progress($"{summaries} summaries");
                    }
                }
            }
        }

        await SaveAsync(services, db => db.AddRange(pending));
        progress($"{summaries} summaries");
        var (supervisions, actions, latest, scheduled) = await WriteSupervisionsAsync(services, random, households, months, openedOn, today, progress);

        await using var counting = services.CreateAsyncScope();
        var context = counting.ServiceProvider.GetRequiredService<AppDbContext>();
        var documents = await context.SearchDocuments.CountAsync();
        var teamOneFamily = familyIds[0];
        return new History(
            email, ServiceManagerEmail, Password, staff[0].Team.Id, teamOneFamily, latest, scheduled, familyCount, summaries, supervisions, actions, documents, CommonWord, RareWord);
    }

    /// <summary>
    /// A group supervision for every family every month, chaired and signed off by the team manager with the family's
    /// four workers (now and then one sends apologies), each chapter's update, the analysis, each child's meaning and
    /// each adult's stage of change, and two actions: done by their owners, except the last month's and about one in
    /// twenty older ones, still open. The next one is scheduled in the coming week. Returns the counts and the first family's
    /// latest signed-off and scheduled supervisions.
    /// </summary>
    private static async Task<(int Supervisions, int Actions, Guid Latest, Guid Scheduled)> WriteSupervisionsAsync(
        IServiceProvider services, Random random, List<Household> households, List<DateOnly> months, DateOnly openedOn, DateOnly today, Action<string> progress)
    {
        var stages = Enum.GetValues<StageOfChange>();
        var pending = new List<object>();
        var (supervisions, actions) = (0, 0);
        var (latest, scheduled) = (Guid.Empty, Guid.Empty);
        foreach (var household in households)
        {
            DateOnly? last = null;
            Supervision? signedOff = null;
            for (var m = 0; m < months.Count; m++)
            {
                var heldOn = months[m].AddDays(8 + random.Next(12));
                var due = SupervisionDueDates.NextDue(openedOn, last);
                var supervision = Supervision.Schedule(household.FamilyId, due, heldOn, new TimeOnly(10, 0), today);
                var away = random.Next(4) == 0 ? household.Workers[1 + random.Next(3)] : Guid.Empty;
                var record = new SupervisionRecord
                {
                    HeldOn = heldOn,
                    Attendees = [new(household.ManagerId, null, null, Attendance.Attended), .. household.Workers.Select(w => new AttendeeContent(w, null, null, w == away ? Attendance.SentApologies : Attendance.Attended))],
                    Updates = [.. household.Workers.Select(w => new UpdateContent(w, Sentences(random, 2)))],
                    Worries = Sentences(random, 2),
                    WorkingWell = Sentences(random, 2),
                    People =
                    [
                        .. household.Children.Select(c => new SupervisionPersonContent(c, Sentences(random, 1), null)),
                        .. household.Adults.Select(a => new SupervisionPersonContent(a, null, stages[random.Next(stages.Length)])),
                    ],
                    Decision = SupervisionDecision.ContinuePlan,
                    DecisionRationale = Sentences(random, 1),
                    Actions =
                    [
                        new(Sentences(random, 1), household.Workers[0], heldOn.AddDays(14)),
                        new(Sentences(random, 1), household.Workers[1 + random.Next(3)], heldOn.AddDays(28)),
                    ],
                    NextSupervisionOn = heldOn.AddMonths(1),
                };
                var agreed = supervision.SignOff(household.ManagerId, record, due, today, heldOn.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc));
                foreach (var action in agreed.Where(_ => m < months.Count - 1 && random.Next(20) != 0))
                {
                    var doneOn = action.DueOn.AddDays(-random.Next(5));
                    action.MarkDone(action.OwnerPersonId, doneOn, Sentences(random, 1), today, doneOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc));
                }

                pending.Add(supervision);
                pending.AddRange(agreed);
                (supervisions, actions) = (supervisions + 1, actions + agreed.Count);
                (last, signedOff) = (heldOn, supervision);
            }

            var next = Supervision.Schedule(household.FamilyId, SupervisionDueDates.NextDue(openedOn, last), today.AddDays(random.Next(7)), new TimeOnly(10, 0), today);
            pending.Add(next);
            if (latest == Guid.Empty && signedOff is not null)
            {
                (latest, scheduled) = (signedOff.Id, next.Id);
            }

            if (pending.Count >= SupervisionsPerBatch * 3)
            {
                await SaveAsync(services, db => db.AddRange(pending));
                pending.Clear();
                if (supervisions % 5000 < months.Count)
                {
                    progress($"{supervisions} supervisions");
                }
            }
        }

        await SaveAsync(services, db => db.AddRange(pending));
        progress($"{supervisions} supervisions, {actions} actions");
        return (supervisions, actions, latest, scheduled);
    }

    private static async Task SaveAsync(IServiceProvider services, Action<AppDbContext> add)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        add(db);
        await db.SaveChangesAsync();
    }

    private static string Sentences(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ =>
        {
            var words = Enumerable.Range(0, random.Next(8, 17)).Select(_ => Words[random.Next(Words.Length)]).ToList();
            return char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".";
        }));

    private static Person Post(Organisation organisation, JobRole role, string name) =>
        new(new PostDetails { IsVacancy = false, FullName = name, JobRole = role, OrganisationId = organisation.Id, Fte = 1m, StartDate = new DateOnly(2015, 1, 1) });

    private static Worker Worker(Person person) => new(person.Id, person.JobRole, person.FullName!);

    private static MemberDetails Member(string name, FamilyRole role, DateOnly born) =>
        new() { FullName = name, Role = role, DateOfBirth = born, Gender = Gender.NotKnown, LivesInHousehold = true };

    /// <summary>A family as its supervisions need it: the team manager, the four workers (the lead first), the adults and children.</summary>
    private sealed record Household(Guid FamilyId, Guid ManagerId, Guid[] Workers, Guid[] Adults, Guid[] Children);

    private sealed record TeamStaff(Team Team, Person Manager, List<Person> SocialWorkers, List<Person> FamilyPractitioners, List<Person> DomesticAbuse, List<Person> MentalHealth)
    {
        public IEnumerable<Person> All => [Manager, .. SocialWorkers, .. FamilyPractitioners, .. DomesticAbuse, .. MentalHealth];
    }
}
