using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using static FamilySafeguarding.Infrastructure.DemoData.DemoWorkbooks;

namespace FamilySafeguarding.Infrastructure.DemoData;

/// <summary>
/// The demo families' group supervisions: about monthly since each family (last) opened, each scheduled and signed off
/// through the domain by a team manager or assistant team manager of the family's team, attended by the workers
/// allocated that day (a few sent apologies), with each chapter's update, the joint analysis, what it means for each
/// child, each adult's stage of change as their latest submitted summary gave it, the decision (a step up the month
/// before a plan did, a close before the closure) and two or three actions. Older actions are mostly done by their
/// owners, a few cancelled by a manager, some moved to a later date or handed to the lead when a worker left the family;
/// the last meeting's are open, some overdue. So the team pages and "My work" have something to show: a few families
/// overdue for supervision (the <see cref="OverdueUnscheduledFamily"/>, Tom Fielding's, with nothing scheduled), a few
/// scheduled later this month, and Tom Fielding and Aisha Rahman own actions both overdue and due soon. Dates are
/// relative to today, like the rest of the demo data.
/// </summary>
internal static class DemoSupervisions
{
    /// <summary>Tom Fielding's family that is overdue for supervision with none scheduled: the browser journey schedules one.</summary>
    public const string OverdueUnscheduledFamily = "Nowak family";

    private const string Tom = "Tom Fielding";
    private const string Aisha = "Aisha Rahman";

    private static readonly int[] DueAfterDays = [14, 21, 28];

    private enum Pattern
    {
        /// <summary>Held in the last three weeks; next one due next month, sometimes already scheduled.</summary>
        Recent,

        /// <summary>Held a month before a date later this month, for which the next one is scheduled.</summary>
        ScheduledThisMonth,

        /// <summary>Last held over a month ago, nothing scheduled.</summary>
        Overdue,

        /// <summary>Last held over a month ago, the next one scheduled late, in a few days.</summary>
        OverdueScheduled,
    }

    private static Pattern PatternFor(string family) => family switch
    {
        OverdueUnscheduledFamily or "Hussain family" or "Dumitru family" or "Mitchell family" => Pattern.Overdue,
        "Reid family" or "Mensah family" => Pattern.OverdueScheduled,
        "Walsh / Kerr family" or "Ward / Murphy family" or "Evans / Khan family" or "Kaur / Singh family" or "Green / Lowe family" => Pattern.ScheduledThisMonth,
        _ => Pattern.Recent,
    };

    /// <summary>
    /// Adds every demo family's supervisions and actions to the context (the caller saves). <paramref name="people"/> must
    /// include the team managers and assistant team managers with their memberships; <paramref name="summaries"/> are
    /// the demo summaries, for each adult's stage of change.
    /// </summary>
    public static void Add(AppDbContext db, IEnumerable<Family> families, IEnumerable<Person> people, IEnumerable<MonthlySummary> summaries, DateOnly today, DateTime now)
    {
        var everyone = people.Where(p => p.FullName is not null).GroupBy(p => p.Id).Select(g => g.First()).ToList();
        var names = everyone.ToDictionary(p => p.Id, p => p.FullName!);
        var chairs = everyone
            .Where(p => SupervisionRights.SignsOffForTeam(p.JobRole))
            .SelectMany(p => p.CurrentMemberships(today).Select(m => (m.TeamId, Person: p)))
            .GroupBy(x => x.TeamId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Person.JobRole).ThenBy(x => x.Person.FullName, StringComparer.Ordinal).Select(x => x.Person.Id).ToList());
        var stages = summaries
            .Where(s => s.IsSubmitted)
            .SelectMany(s => s.People.Where(p => p.Stage is not null).Select(p => (s.FamilyId, At: s.SubmittedAt!.Value, p.MemberId, Stage: p.Stage!.Value)))
            .GroupBy(x => x.FamilyId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.At).ToList());
        var seed = 0;
        foreach (var family in families.OrderBy(f => f.Reference, StringComparer.Ordinal))
        {
            if (!chairs.TryGetValue(family.TeamId, out var teamChairs))
            {
                continue;
            }

            var writer = new Writer(db, family, names, teamChairs, stages.GetValueOrDefault(family.Id) ?? [], today, now);
            seed = writer.Write(seed);
        }
    }

    /// <summary>One family's supervisions.</summary>
    private sealed class Writer(
        AppDbContext db,
        Family family,
        Dictionary<Guid, string> names,
        List<Guid> chairs,
        List<(Guid FamilyId, DateTime At, Guid MemberId, StageOfChange Stage)> stages,
        DateOnly today,
        DateTime now)
    {
        private DateOnly Ends => family.ClosedOn ?? today;

        public int Write(int seed)
        {
            var held = HeldDates(seed);
            if (held.Count == 0)
            {
                return seed;
            }

            var (next, cancelled) = family.IsOpen ? NextScheduled(held[^1], seed) : (null, null);
            DateOnly? previous = null;
            for (var k = 0; k < held.Count; k++)
            {
                var isLast = k == held.Count - 1;
                DateOnly? following = isLast ? null : held[k + 1];
                var chair = chairs[(seed + k) % chairs.Count];
                var due = SupervisionDueDates.NextDue(family.OpenedOn, previous);
                var supervision = Supervision.Schedule(family.Id, due, held[k], Time(seed + k), today);
                var record = Record(chair, held[k], isLast ? Planned(held[k]) : following, isLast, seed + k);
                var signedOffAt = At(held[k], 16, (seed * 7) % 60);
                var actions = supervision.SignOff(chair, record, due, today, signedOffAt);
                db.Supervisions.Add(supervision);
                db.FamilyActions.AddRange(actions);
                for (var i = 0; i < actions.Count; i++)
                {
                    Follow(actions[i], chair, held[k], isLast ? null : held[k + 1], held.Count - 1 - k, seed + k + i);
                }

                previous = held[k];
            }

            if (cancelled is { } off)
            {
                var called = Supervision.Schedule(family.Id, SupervisionDueDates.NextDue(family.OpenedOn, held[^1]), off, Time(seed), today);
                called.Cancel();
                db.Supervisions.Add(called);
            }

            if (next is { } on)
            {
                db.Supervisions.Add(Supervision.Schedule(family.Id, SupervisionDueDates.NextDue(family.OpenedOn, held[^1]), on, Time(seed + 1), today));
            }

            return seed + held.Count + 1;
        }

        /// <summary>The days the meetings were held: back a month at a time from the last, to the family's (last) opening.</summary>
        private List<DateOnly> HeldDates(int seed)
        {
            var last = family.IsOpen
                ? PatternFor(family.DisplayName) switch
                {
                    Pattern.Overdue => today.AddMonths(-1).AddDays(-(5 + (seed % 10))),
                    Pattern.OverdueScheduled => today.AddMonths(-1).AddDays(-(3 + (seed % 4))),
                    Pattern.ScheduledThisMonth => Weekday(LaterThisMonth(seed).AddMonths(-1), forward: true),
                    _ => today.AddDays(family.DisplayName == "Baker / Mills family" ? -11 : -(3 + (seed % 18))),
                }
                : family.ClosedOn!.Value.AddDays(-(2 + (seed % 8)));
            var dates = new List<DateOnly>();
            for (var k = 0; ; k++)
            {
                var day = Weekday(last.AddMonths(-k).AddDays(k == 0 ? 0 : ((seed + (k * 5)) % 7) - 3));
                if (day < family.OpenedOn.AddDays(10))
                {
                    break;
                }

                dates.Add(day);
            }

            dates.Reverse();
            return dates;
        }

        /// <summary>The next supervision already scheduled, if any, and one taken off the schedule before it.</summary>
        private (DateOnly? Next, DateOnly? Cancelled) NextScheduled(DateOnly lastHeld, int seed) => PatternFor(family.DisplayName) switch
        {
            Pattern.ScheduledThisMonth => (LaterThisMonth(seed), null),
            Pattern.OverdueScheduled => (Weekday(today.AddDays(2), forward: true), Weekday(lastHeld.AddMonths(1))),
            Pattern.Overdue => (null, family.DisplayName == "Hussain family" ? Weekday(lastHeld.AddMonths(1)) : null),
            _ => seed % 2 == 0 ? (Weekday(lastHeld.AddMonths(1)), null) : (null, null),
        };

        /// <summary>A working day in the next ten days, in this month (today itself on its last day).</summary>
        private DateOnly LaterThisMonth(int seed)
        {
            var days = Enumerable.Range(1, Math.Min(10, DateTime.DaysInMonth(today.Year, today.Month) - today.Day))
                .Select(today.AddDays)
                .Where(DemoCalendar.IsWorkingDay)
                .ToList();
            return days.Count == 0 ? Weekday(today) : days[seed % days.Count];
        }

        /// <summary>The next meeting the last record planned: a month on, for an open family.</summary>
        private DateOnly? Planned(DateOnly heldOn) => family.IsOpen ? Weekday(heldOn.AddMonths(1)) : null;

        private SupervisionRecord Record(Guid chair, DateOnly heldOn, DateOnly? nextOn, bool isLast, int seed)
        {
            var allocations = family.Allocations.Where(a => a.IsCurrentOn(heldOn)).ToList();
            var lead = allocations.FirstOrDefault(a => a.Role == AllocationRole.LeadSocialWorker) ?? allocations[0];
            var workers = allocations.GroupBy(a => a.PersonId).Select(g => g.First()).ToList();
            var absent = workers.Where((w, i) => w.PersonId != lead.PersonId && (seed + i) % 5 == 0).Select(w => w.PersonId).ToHashSet();
            var children = family.Members.Where(m => m.IsChild).ToList();
            var adults = family.Members.Where(m => !m.IsChild).ToList();
            var born = children.Where(c => !c.IsUnborn).ToList();
            var child = born.Count == 0 ? "the baby" : Known(born[seed % born.Count]);
            var adult = adults.Count == 0 ? "the parents" : Known(adults[seed % adults.Count]);
            var decision = DecisionOn(heldOn, isLast);

            // What is written about a child at school, or about a baby on the way, only where it fits.
            string[] Fit(string[] pool)
            {
                var unfit = born.Count > 0 ? ExpectingOnly : ChildrenOnly;
                var fit = pool.Where(t => !unfit.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase))).ToArray();
                return fit.Length > 0 ? fit : pool;
            }

            var attendees = new List<AttendeeContent> { new(chair, null, null, Attendance.Attended) };
            attendees.AddRange(workers.Select(w => new AttendeeContent(w.PersonId, null, null, absent.Contains(w.PersonId) ? Attendance.SentApologies : Attendance.Attended)));
            if (seed % 6 == 0)
            {
                var (name, role) = Visitors[seed % Visitors.Length];
                attendees.Add(new AttendeeContent(null, name, role, Attendance.Attended));
            }

            var owners = new List<Allocation> { lead };
            owners.AddRange(workers.Where(w => w.PersonId != lead.PersonId && names.GetValueOrDefault(w.PersonId) is Tom or Aisha));
            owners.AddRange(Rotate(workers.Where(w => !owners.Any(o => o.PersonId == w.PersonId)).ToList(), seed));
            var count = seed % 3 == 0 ? 3 : 2;

            return new SupervisionRecord
            {
                HeldOn = heldOn,
                Attendees = attendees,
                Updates = [.. workers.Select((w, i) => new UpdateContent(
                    w.PersonId,
                    (absent.Contains(w.PersonId) ? "Sent in writing: " : string.Empty) + Fill(Pick(Fit(UpdatesFor(w.Role)), seed + i), child, AdultFor(w, adults, seed)))),],
                Worries = Fill(Two(Fit(Worries), seed), child, adult),
                WorkingWell = Fill(Two(Fit(WorkingWell), seed + 1), child, adult),
                People =
                [
                    .. children.Select((c, i) => new SupervisionPersonContent(c.Id, c.IsUnborn ? Pick(Unborn, seed) : Fill(Pick(Meanings, seed + i), Known(c), adult), null)),
                    .. adults.Select(a => new SupervisionPersonContent(a.Id, null, StageBefore(a.Id, heldOn))).Where(p => p.Stage is not null),
                ],
                Decision = decision,
                DecisionRationale = Fill(Pick(Fit(RationaleFor(decision)), seed), child, adult),
                Actions = [.. Enumerable.Range(0, count).Select(i =>
                {
                    var owner = owners[i % owners.Count];
                    return new ActionContent(
                        Fill(Pick(Fit(ActionsFor(owner.Role)), seed + (i * 2)), child, AdultFor(owner, adults, seed + i)),
                        owner.PersonId,
                        heldOn.AddDays(DueAfterDays[i]));
                }),],
                NextSupervisionOn = nextOn,
            };
        }

        /// <summary>
        /// What happened to an action after the meeting. The last meeting's stay open (a few done early, never the demo
        /// sign-ins'); older ones are mostly done by their owner, some late or moved, a few cancelled at the next meeting
        /// or (from the last three meetings) carried forward still open. A closed family's last actions are done or cancelled at the closure.
        /// </summary>
        private void Follow(FamilyAction action, Guid chair, DateOnly heldOn, DateOnly? nextHeld, int meetingsSince, int seed)
        {
            var isLast = meetingsSince == 0;
            var owner = names.GetValueOrDefault(action.OwnerPersonId);
            var due = action.DueOn;
            DateOnly? doneOn = null;
            (DateOnly On, string Reason)? cancel = null;
            if (isLast && family.IsOpen)
            {
                if (owner is not (Tom or Aisha) && due < today && seed % 3 != 0)
                {
                    doneOn = due.AddDays(-1);
                }
            }
            else if (isLast)
            {
                if (due <= Ends && seed % 2 == 0)
                {
                    doneOn = due.AddDays(-2);
                }
                else
                {
                    cancel = (Ends, "Not needed: the family's case closed before it was due.");
                }
            }
            else if (family.IsOpen && meetingsSince <= 2 && (seed % 13 == 6 || (meetingsSince == 1 && owner == Aisha && family.DisplayName == "Walsh / Kerr family")))
            {
                // Carried forward into the next pack, still open.
            }
            else if (seed % 9 == 4)
            {
                cancel = (nextHeld!.Value, Pick(CancelReasons, seed));
            }
            else
            {
                if (seed % 7 == 3)
                {
                    due = due.AddDays(14);
                    action.Change(chair, action.OwnerPersonId, due, Pick(ChangeReasons, seed), At(heldOn.AddDays(7), 11, 5));
                }

                doneOn = seed % 5 == 2 ? due.AddDays(3) : due.AddDays(-(seed % 6));
            }

            doneOn = doneOn is { } day ? DoneDay(heldOn, day) : null;
            HandOnIfLeft(action, chair, heldOn, doneOn ?? cancel?.On ?? today, owner);
            if (doneOn is { } done)
            {
                action.MarkDone(action.OwnerPersonId, done, Pick(DoneNotes, seed), today, At(done, 15, (seed * 11) % 60));
            }
            else if (cancel is { } off)
            {
                action.Cancel(chair, off.Reason, off.On, At(off.On, 16, 30));
            }
        }

        /// <summary>When the owner stopped working with the family while the action was open, the lead took it on that day.</summary>
        private void HandOnIfLeft(FamilyAction action, Guid chair, DateOnly heldOn, DateOnly closing, string? owner)
        {
            var left = family.Allocations
                .Where(a => a.PersonId == action.OwnerPersonId && a.EndDate is { } end && end > heldOn && end <= closing)
                .Select(a => a.EndDate).FirstOrDefault();
            if (left is { } on && family.Allocations.FirstOrDefault(a => a.Role == AllocationRole.LeadSocialWorker && a.IsCurrentOn(on)) is { } lead && lead.PersonId != action.OwnerPersonId)
            {
                action.Change(chair, lead.PersonId, action.DueOn, $"{owner} has stopped working with the family; the lead social worker takes this on.", At(on, 10, 0));
            }
        }

        /// <summary>At least two days after the meeting; by yesterday, or by the closure of a closed family.</summary>
        private DateOnly DoneDay(DateOnly heldOn, DateOnly doneOn)
        {
            var day = doneOn < heldOn.AddDays(2) ? heldOn.AddDays(2) : doneOn;
            var last = family.IsOpen ? today.AddDays(-1) : Ends;
            return day > last ? last : day;
        }

        /// <summary>A step up the month before a plan or pre-proceedings started, a step down before one stepped down, a close before the closure.</summary>
        private SupervisionDecision DecisionOn(DateOnly heldOn, bool isLast)
        {
            if (isLast && !family.IsOpen)
            {
                return SupervisionDecision.Close;
            }

            var episodes = family.Members.SelectMany(m => m.LegalStatuses).ToList();
            bool Soon(DateOnly? day) => day is { } d && d > heldOn && d <= heldOn.AddDays(40);
            if (episodes.Any(e => e.Kind == LegalStatusKind.PreProceedings && Soon(e.StartDate)))
            {
                return SupervisionDecision.StepUpToLegalGateway;
            }

            if (episodes.Any(e => e.Kind == LegalStatusKind.ChildProtectionPlan && e.EscalatedFrom == EscalatedFrom.ChildInNeed && Soon(e.StartDate)))
            {
                return SupervisionDecision.StepUpToChildProtectionConference;
            }

            return episodes.Any(e => e.EndReason is EpisodeEndReason.SteppedDownToChildInNeed or EpisodeEndReason.SteppedDownToEarlyHelp && Soon(e.EndDate))
                ? SupervisionDecision.StepDown
                : SupervisionDecision.ContinuePlan;
        }

        /// <summary>The adult's stage of change in the latest summary submitted before the meeting.</summary>
        private StageOfChange? StageBefore(Guid memberId, DateOnly heldOn)
        {
            var before = heldOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return stages.Where(s => s.MemberId == memberId && s.At < before).Select(s => (StageOfChange?)s.Stage).LastOrDefault();
        }

        private DateTime At(DateOnly day, int hour, int minute) => Earlier(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc), now);
    }

    private static TimeOnly Time(int seed) => seed % 2 == 0 ? new TimeOnly(10, 0) : new TimeOnly(14, 0);

    /// <summary>The day, or the Friday before (or, <paramref name="forward"/>, the Monday after) when it falls at a weekend.</summary>
    /// <summary>A working day: no supervision on a weekend or a bank holiday.</summary>
    private static DateOnly Weekday(DateOnly day, bool forward = false) => DemoCalendar.WorkingDay(day, forward);

    private static List<T> Rotate<T>(List<T> items, int by) =>
        items.Count == 0 ? items : [.. items.Skip(by % items.Count), .. items.Take(by % items.Count)];

    private static string AdultFor(Allocation allocation, List<FamilyMember> adults, int seed)
    {
        var mine = adults.Where(a => allocation.Adults.Any(x => x.MemberId == a.Id)).ToList();
        var pool = mine.Count > 0 ? mine : adults.Where(a => a.LivesInHousehold).ToList();
        return pool.Count == 0 ? "the parents" : Known(pool[seed % pool.Count]);
    }

    private static string Known(FamilyMember member) => member.IsUnborn ? "the baby" : First(member);

    private static string Fill(string text, string child, string adult) =>
        text.Replace("{child}", child, StringComparison.Ordinal).Replace("{adult}", adult, StringComparison.Ordinal);

    /// <summary>Two different sentences from the pool.</summary>
    private static string Two(string[] pool, int seed) =>
        pool.Length < 2 ? Pick(pool, seed) : Pick(pool, seed) + " " + Pick(pool, seed + 1 + ((seed / pool.Length) % (pool.Length - 1)));

    private static readonly string[] ChildrenOnly = ["{child}", "school", "children"];

    private static readonly string[] ExpectingOnly = ["baby", "birth"];


    private static readonly (string Name, string Role)[] Visitors =
    [
        ("Sarah Lomax", "Health visitor, Riverford Community Health"),
        ("Dev Chauhan", "Designated safeguarding lead, the children's school"),
        ("Kerry Ashdown", "Student social worker"),
    ];

    private static readonly string[] Worries =
    [
        "{adult} is still drinking at weekends, and {child} has told school that weekends are \"the worst\".",
        "There was another police call-out this month; the children are still seeing and hearing the arguments.",
        "Rent arrears and the threat of eviction are adding pressure, and when money is tight the arguments start again.",
        "{child}'s attendance has dropped and school say {child} arrives tired and hungry some mornings.",
        "We have no independent check yet that contact with the ex-partner has stopped.",
        "The progress rests on {adult} alone; nobody else in the household has taken the plan on.",
    ];

    private static readonly string[] WorkingWell =
    [
        "{adult} came to every session this month and is honest with the workers about the hard days.",
        "Grandmother has the children after school three days a week and is a steady, protective presence.",
        "No police call-outs since the last supervision, and the house was calm at both unannounced visits.",
        "{child} is in school every day and told the social worker home feels \"calmer now\".",
        "The workers are sharing what they see quickly: the specialist rang the social worker the same day {adult} disclosed the argument.",
    ];

    private static readonly string[] Meanings =
    [
        "{child} is safer than last month but still on edge when voices are raised. {child} needs the calm to last long enough to become normal.",
        "{child} needs routines to rely on: the same bedtime, breakfast before school and someone at the school gate.",
        "The worry for {child} is emotional harm from what they see and hear. Doing well at school is a strength to build on.",
        "{child} is too young to tell us, so we rely on what we see and what the health visitor tells us: {child} is growing well and meeting milestones.",
        "{child} has said they want to see Dad but not for him to stay over; their wishes shape the contact plan.",
    ];

    private static readonly string[] Unborn =
    [
        "For the baby: a safe plan for the birth and the first weeks at home, agreed with the midwife, is what matters now.",
        "For the baby: whether the parents can keep the changes going before the birth decides the plan for discharge from hospital.",
    ];

    private static string[] RationaleFor(SupervisionDecision decision) => decision switch
    {
        SupervisionDecision.StepUpToChildProtectionConference =>
        [
            "The worries have grown despite the Child in Need plan and the risk of significant harm is now too high to manage by agreement. Request an initial child protection conference.",
        ],
        SupervisionDecision.StepUpToLegalGateway =>
        [
            "Under the child protection plan the changes needed have not been made or kept up. Refer to the legal gateway panel for pre-proceedings, so the parents know clearly what must change and can get legal advice.",
        ],
        SupervisionDecision.StepDown =>
        [
            "The changes have held for three months and {adult} is working with us by choice. Recommend to the review that the plan steps down, with the support below in place.",
        ],
        SupervisionDecision.Close =>
        [
            "The plan's goals are met and the family has support in place. Close the case once the closure letter and the handover below are done.",
        ],
        _ =>
        [
            "The plan is working and the worries are reducing, but not yet for long enough to be confident the change will last. Continue the plan; review at the next supervision.",
            "Some progress, but the main worry has not changed. The plan stays as it is, with the actions below to test whether the change is real.",
            "{adult} is engaging and {child} is safer. Continue the plan; the workers are to check the changes hold through the school holidays.",
        ],
    };

    private static string[] UpdatesFor(AllocationRole role) => role switch
    {
        AllocationRole.LeadSocialWorker or AllocationRole.SocialWorker =>
        [
            "Visited twice, once unannounced; {child} seen alone and said home has been calmer. The core group agreed the plan is on track.",
            "Statutory visits done; {child} seen at school. Went through the written agreement with {adult}, who kept to most of it.",
            "Three visits. School report better attendance. The worry about weekends remains and I want to test it with a Saturday visit.",
            "Two visits to {adult}; the pre-birth assessment is on track and the midwife shares our view of the risks.",
        ],
        AllocationRole.FamilyPractitioner =>
        [
            "Four sessions on routines with {adult}; the bedtime chart is working most nights.",
            "Went with {adult} to the school meeting; started the next module of the family programme.",
            "Sessions with {adult} on getting ready for the baby: feeding, safe sleep and the flat made ready.",
        ],
        AllocationRole.DomesticAbuseVictimWorker =>
        [
            "Safety plan reviewed with {adult}; the risk assessment has come down from high to medium.",
            "Three sessions with {adult} on the Freedom Programme; she is naming the controlling behaviour for the first time.",
        ],
        AllocationRole.DomesticAbusePerpetratorWorker =>
        [
            "{adult} came to four of five sessions and is starting to talk about what the children see.",
            "{adult} used his time-out plan twice this month by his account; no further police call-outs.",
        ],
        AllocationRole.SubstanceMisuse =>
        [
            "{adult}'s breath tests were negative this month; one lapse disclosed after a family party.",
            "{adult} is keeping to the reduction plan agreed with the GP; hair strand test results are awaited.",
        ],
        AllocationRole.MentalHealth =>
        [
            "{adult}'s mood is steadier on the new medication; she is sleeping better and getting the children to school.",
            "Two sessions with {adult} on her mood diary; the GP review is booked.",
        ],
        AllocationRole.Psychologist =>
        [
            "Formulation shared with the workers: {adult}'s own childhood helps explain why trusting services is hard.",
            "One session with {adult} and a consultation with the lead social worker on the parenting assessment.",
        ],
        _ => ["Sessions with the family as planned."],
    };

    private static string[] ActionsFor(AllocationRole role) => role switch
    {
        AllocationRole.LeadSocialWorker or AllocationRole.SocialWorker =>
        [
            "See {child} alone at school and record their wishes and feelings before the core group",
            "Arrange a joint visit with the adult specialists and update the written agreement with {adult}",
            "Write the report for the review conference and share it with the family three working days before",
            "Ask the police for the call-out log since the last supervision and add it to the chronology",
            "Update the family assessment and the plan with what was agreed today",
        ],
        AllocationRole.FamilyPractitioner =>
        [
            "Agree a bedtime routine with {adult} and review it at the next session",
            "Go with {adult} to the school meeting about {child}'s attendance",
            "Start the next module of the family programme with {adult}",
        ],
        AllocationRole.DomesticAbuseVictimWorker =>
        [
            "Review the safety plan with {adult} and share it with school",
            "Complete a new DASH risk assessment with {adult}",
            "Support {adult} with the non-molestation order application",
        ],
        AllocationRole.DomesticAbusePerpetratorWorker =>
        [
            "Start the Caring Dads programme with {adult}",
            "Review {adult}'s time-out plan with him and agree it with his partner",
        ],
        AllocationRole.SubstanceMisuse =>
        [
            "Arrange a breath test and a hair strand test for {adult}",
            "Agree a reduction plan with {adult} and the GP",
        ],
        AllocationRole.MentalHealth =>
        [
            "Refer {adult} to talking therapies and check an appointment is booked",
            "Ask the GP for {adult}'s medication review and share the outcome",
        ],
        AllocationRole.Psychologist =>
        [
            "Complete the formulation with {adult} and bring it to the next supervision",
            "Run a reflective case discussion with the workers on the family",
        ],
        _ => ["Review the plan with the family"],
    };

    private static readonly string[] DoneNotes =
    [
        "Done at the home visit; notes are in my chapter.",
        "Done. Agreed and signed with the family.",
        "Done and shared with the school's designated safeguarding lead the same day.",
        "Done, a few days late because the first appointment was cancelled.",
        "Done; the outcome is in my monthly summary.",
    ];

    private static readonly string[] CancelReasons =
    [
        "No longer needed: school had already made the referral.",
        "Overtaken by the new plan agreed at this supervision.",
        "Not needed now: the health visitor is covering this at her next visit.",
    ];

    private static readonly string[] ChangeReasons =
    [
        "The appointment could not be booked before the original date.",
        "The family were away for a week; new date agreed.",
        "Waiting for the school's attendance figures.",
    ];
}
