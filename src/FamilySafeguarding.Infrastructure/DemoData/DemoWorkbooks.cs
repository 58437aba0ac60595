using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;

namespace FamilySafeguarding.Infrastructure.DemoData;

/// <summary>
/// The demo families' workbooks: every chapter (each worker's allocations to a family, ADR-012) has a submitted monthly
/// summary for each month it owes, written through the domain, with invented text in the words of its worker's role:
/// the work done, what changed for the children, and each adult's stage of change with rulers and change talk. So
/// "My work" shows a short, believable list: a few months deliberately missing (Tom Fielding and Aisha Rahman, the demo
/// sign-ins, each have overdue summaries), drafts of this month's summaries, and last month's still in draft where its
/// author would not have submitted it yet. One summary has an addendum and one Joanne Price's management oversight.
/// Dates are relative to today, like the rest of the demo data.
/// </summary>
internal static class DemoWorkbooks
{
    private const string Tom = "Tom Fielding";
    private const string Aisha = "Aisha Rahman";
    private const string Grace = "Grace Whitfield";
    private const string Joanne = "Joanne Price";

    private static readonly StageOfChange[] Journey =
    [
        StageOfChange.Precontemplation, StageOfChange.Contemplation, StageOfChange.Contemplation, StageOfChange.Preparation,
        StageOfChange.Preparation, StageOfChange.Action, StageOfChange.Action, StageOfChange.Relapse, StageOfChange.Action,
        StageOfChange.Action, StageOfChange.Maintenance,
    ];

    private static readonly ChangeTalk[] TalkHeard =
    [
        ChangeTalk.None, ChangeTalk.Desire, ChangeTalk.Desire | ChangeTalk.Reasons, ChangeTalk.Desire | ChangeTalk.Reasons | ChangeTalk.Need,
        ChangeTalk.Ability | ChangeTalk.Reasons | ChangeTalk.Need, ChangeTalk.Commitment | ChangeTalk.Ability, ChangeTalk.Commitment | ChangeTalk.Activation,
        ChangeTalk.Reasons | ChangeTalk.Need, ChangeTalk.Commitment | ChangeTalk.TakingSteps, ChangeTalk.Activation | ChangeTalk.TakingSteps,
        ChangeTalk.Commitment | ChangeTalk.TakingSteps,
    ];

    private static readonly string[] Quotes =
    [
        "\"I don't see what the problem is, the kids are fine.\"",
        "\"I suppose things can't carry on like this.\"",
        "\"I want {child} to stop being scared when I come home.\"",
        "\"If I don't sort this out I could lose them.\"",
        "\"I've done it before, I stopped for a year when {child} was born.\"",
        "\"I'm going to go to every session, whatever happens.\"",
        "\"I've booked the appointment for Tuesday.\"",
        "\"I messed up last weekend but I rang my sponsor the next morning.\"",
        "\"I'm going to keep going with the group.\"",
        "\"I told my mate I'm not going out on Fridays any more.\"",
        "\"It's just normal life now, we do bedtime together.\"",
    ];

    /// <summary>Adds every demo chapter's summaries, and the notes on them, to the context (the caller saves).</summary>
    public static void Add(AppDbContext db, IEnumerable<Family> families, IEnumerable<Person> people, DateOnly today, DateTime now)
    {
        var names = people.Where(p => p.FullName is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().FullName!);
        var joanne = names.Where(n => n.Value == Joanne).Select(n => (Guid?)n.Key).FirstOrDefault();
        var thisMonth = MonthlySummary.MonthOf(today);
        var options = new WorkbookOptions();
        var seed = 0;
        foreach (var family in families.OrderBy(f => f.Reference, StringComparer.Ordinal))
        {
            var chapters = Chapters.From(
                family.Id,
                family.Allocations.Select(a => new ChapterAllocation(a.PersonId, names.GetValueOrDefault(a.PersonId), a.Role, a.StartDate, a.EndDate, [.. a.Adults.Select(x => x.MemberId)])),
                today);
            foreach (var chapter in chapters)
            {
                seed++;
                var worker = chapter.WorkerName ?? string.Empty;
                var months = chapter.MonthsOwed(options).Order().ToList();
                for (var i = 0; i < months.Count; i++)
                {
                    var month = months[i];
                    if (Missing(family, worker, month, thisMonth))
                    {
                        continue;
                    }

                    var summary = MonthlySummary.Start(family.Id, chapter.PersonId, month, today);
                    var content = Write(family, chapter, month, i, seed + i, complete: true);
                    var submittedAt = SubmittedAt(month, seed + i);
                    if (submittedAt > now)
                    {
                        // Last month's, which its author would not have submitted yet this early in the month.
                        summary.SaveDraft(chapter.PersonId, content);
                    }
                    else
                    {
                        summary.Submit(chapter.PersonId, content, submittedAt);
                        Notes(db, family, summary, worker, joanne, thisMonth, now);
                    }

                    db.MonthlySummaries.Add(summary);
                }

                if (chapter.IsOpen && (seed % 3 == 0 || worker is Tom or Aisha))
                {
                    var draft = MonthlySummary.Start(family.Id, chapter.PersonId, thisMonth, today);
                    draft.SaveDraft(chapter.PersonId, Write(family, chapter, thisMonth, months.Count, seed, complete: false));
                    db.MonthlySummaries.Add(draft);
                }
            }
        }
    }

    /// <summary>The months left unwritten on purpose, so the demo sign-ins have overdue summaries and the team page a gap.</summary>
    private static bool Missing(Family family, string worker, DateOnly month, DateOnly thisMonth) =>
        (worker, family.DisplayName) switch
        {
            (Tom, "Nowak family") => month == thisMonth.AddMonths(-2) || month == thisMonth.AddMonths(-3),
            (Aisha, "Walsh / Kerr family") => month == thisMonth.AddMonths(-2),
            (Grace, "Hussain family") => month == thisMonth.AddMonths(-1),
            _ => false,
        };

    /// <summary>An addendum on one of Tom Fielding's summaries; Joanne Price's oversight of another.</summary>
    private static void Notes(AppDbContext db, Family family, MonthlySummary summary, string worker, Guid? joanne, DateOnly thisMonth, DateTime now)
    {
        var at = summary.SubmittedAt!.Value;
        if (worker == Tom && family.DisplayName == "Nowak family" && summary.Month == thisMonth.AddMonths(-4))
        {
            db.SummaryNotes.Add(SummaryNote.Addendum(
                summary, summary.AuthorPersonId, actorManagesFamily: false,
                "Since submitting: Brookfield Primary have confirmed Jakub's attendance for the month was 92%, not 85% as I wrote above. The register had two days marked in error.",
                Earlier(at.AddDays(6), now)));
        }

        if (worker == Tom && family.DisplayName == "Baker / Mills family" && summary.Month == thisMonth.AddMonths(-2) && joanne is { } manager)
        {
            db.SummaryNotes.Add(SummaryNote.Oversight(
                summary, manager, actorManagesFamily: true,
                "Reviewed in supervision with Tom. I agree the pre-birth plan and the analysis of Jordan's contact. Action: Tom to confirm the midwife's discharge plan before the review conference; Aisha to update the safety plan with Chantelle.",
                Earlier(at.AddDays(3), now)));
        }
    }

    internal static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>Between the 1st and 4th working day of the next month, in working hours.</summary>
    private static DateTime SubmittedAt(DateOnly month, int seed) =>
        SummaryDueDates.DueOn(month, 1 + (seed % 4)).ToDateTime(new TimeOnly(9 + (seed % 7), (seed * 13) % 60), DateTimeKind.Utc);

    private static SummaryContent Write(Family family, Chapter chapter, DateOnly month, int index, int seed, bool complete)
    {
        var children = family.Members.Where(m => m.IsChild && m.DateOfBirth is not null).ToList();
        var adults = chapter.AdultIds.Count > 0
            ? family.Members.Where(m => chapter.AdultIds.Contains(m.Id)).ToList()
            : family.Members.Where(m => !m.IsChild && m.LivesInHousehold).ToList();

        // Stage of change is asked only about an adult the chapter works with on a worry open in the month.
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var worried = adults.Where(a => a.Worries.Any(w => w.IdentifiedOn <= monthEnd && (w.EndedOn is null || w.EndedOn >= month))).ToList();
        var spoken = worried.Count > 0 ? worried : adults;
        var adult = spoken.Count == 0 ? "the parents" : First(spoken[seed % spoken.Count]);

        // What is written about a child fits their age in the month: school from five, nursery from two to four, words from three.
        string Fill(string[] pool, int at)
        {
            for (var k = 0; k < pool.Length; k++)
            {
                var text = Pick(pool, at + k);
                if (!text.Contains("{child}", StringComparison.Ordinal))
                {
                    return text.Replace("{adult}", adult, StringComparison.Ordinal);
                }

                var fitting = children.Where(c => Fits(text, AgeIn(c, month))).ToList();
                if (fitting.Count > 0 || (children.Count == 0 && Fits(text, 0)))
                {
                    var child = fitting.Count == 0 ? "the baby" : First(fitting[((at % fitting.Count) + fitting.Count) % fitting.Count]);
                    return text.Replace("{child}", child, StringComparison.Ordinal).Replace("{adult}", adult, StringComparison.Ordinal);
                }
            }

            return NothingFits;
        }

        var stage = Math.Min(index, Journey.Length - 1);
        var work = Fill(WorkFor(chapter.Role), seed);
        if (!complete)
        {
            // This month's draft: started, not finished.
            return new SummaryContent { WorkUndertaken = work };
        }

        var quote = Fill([Quotes[stage]], seed);
        var changed = Fill(Changes, stage + seed) + "\n\n" + (worried.Count > 0 && quote != NothingFits ? $"{adult} said: {quote}" : Fill(Changes, stage + seed + 1));
        return new SummaryContent
        {
            WorkUndertaken = work,
            WhatHasChanged = changed,
            Worries = Fill(Worries, seed + stage),
            Strengths = Fill(Strengths, seed),
            NextSteps = Fill(NextSteps, seed + index),
            People =
            [
                .. children.Select((c, n) => new SummaryPersonContent { MemberId = c.Id, Impact = ImpactFor(c, AgeIn(c, month), seed + n + stage) }),
                .. worried.Select((a, n) => new SummaryPersonContent
                {
                    MemberId = a.Id,
                    Stage = Journey[Math.Min(Journey.Length - 1, Math.Max(0, stage - n))],
                    Importance = Math.Min(10, 4 + stage),
                    Confidence = Math.Min(10, 2 + stage - (Journey[stage] == StageOfChange.Relapse ? 2 : 0)),
                    ChangeTalk = TalkHeard[Math.Min(TalkHeard.Length - 1, Math.Max(0, stage - n))],
                }),
            ],
        };
    }

    private const string NothingFits = "Sessions with the family as planned.";

    /// <summary>Whether a line about a child fits a child of this age: school from five, nursery from two to four, their own words from three, the health visitor under five.</summary>
    internal static bool Fits(string text, int age) =>
        (!Mentions(text, "school", "attendance", "teacher", "friend") || age >= 5)
        && (!Mentions(text, "nursery") || age is >= 2 and < 5)
        && (!Mentions(text, "said", "told", "asked", "three houses", "alone") || age >= 3)
        && (!Mentions(text, "health visitor", "milestones") || age < 5);

    private static bool Mentions(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A child's age in whole years at the end of the month.</summary>
    internal static int AgeIn(FamilyMember child, DateOnly month)
    {
        var on = month.AddMonths(1).AddDays(-1);
        var born = child.DateOfBirth!.Value;
        return on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
    }

    private static string ImpactFor(FamilyMember child, int age, int seed)
    {
        for (var k = 0; k < Impacts.Length; k++)
        {
            var text = Pick(Impacts, seed + k);
            if (Fits(text, age))
            {
                return text.Replace("{child}", First(child), StringComparison.Ordinal);
            }
        }

        return First(child) + " is well cared for day to day.";
    }

    /// <summary>What the workers call them: their preferred or first name.</summary>
    internal static string First(FamilyMember member) => member.PreferredName ?? member.FullName.Split(' ')[0];

    /// <summary>One of the pool, by a seed that may be any whole number.</summary>
    internal static string Pick(string[] pool, int seed) => pool[((seed % pool.Length) + pool.Length) % pool.Length];

    private static string[] WorkFor(AllocationRole role) => role switch
    {
        AllocationRole.LeadSocialWorker or AllocationRole.SocialWorker =>
        [
            "Two home visits, one unannounced. {child} was seen alone at home and at school. Chaired the core group and brought the adult specialists' updates to group supervision.",
            "Statutory visit with {child} seen alone; visited {adult} at home and went through the plan line by line. Spoke to the school's designated safeguarding lead and the health visitor.",
            "Three visits this month including one after school. Direct work with {child} using the three houses tool. Attended the family's review meeting and updated the chronology.",
            "Joint visit with the family practitioner. Met {adult} to review the written agreement. Liaised with the police about the latest call-out and with the GP.",
        ],
        AllocationRole.FamilyPractitioner =>
        [
            "Weekly sessions at home on routines: morning and bedtime plans for {child}, meal planning with {adult}. Went with {adult} to the school meeting.",
            "Four sessions using the Solihull approach with {adult}. Modelled play with {child}; helped set up the reward chart.",
            "Supported {adult} to register with the food bank and the Family Hub. Two sessions on boundaries and consistent responses.",
        ],
        AllocationRole.DomesticAbuseVictimWorker =>
        [
            "Four one-to-one sessions with {adult} using the Freedom Programme materials. Safety plan reviewed and updated; attended the MARAC review.",
            "Three sessions with {adult} at the children's centre. Went through the DASH risk assessment again: the grading has come down. Helped {adult} apply for a non-molestation order.",
            "Weekly phone contact and two face-to-face sessions with {adult}. Talked about the impact of the abuse on {child}; shared the safety plan with school.",
        ],
        AllocationRole.DomesticAbusePerpetratorWorker =>
        [
            "Three sessions with {adult} on the Caring Dads programme. Explored what {child} sees and hears when {adult} is angry.",
            "Two individual sessions with {adult} on the time-out plan and warning signs. Checked in with the police about any further call-outs (none).",
        ],
        AllocationRole.SubstanceMisuse =>
        [
            "Fortnightly key-work sessions with {adult}; two negative breath tests. {adult} went to the SMART Recovery group twice.",
            "Three key-work sessions with {adult}. Reviewed {adult}'s drink diary; agreed a reduction plan with the GP. Hair strand test requested for the pre-proceedings assessment.",
            "Weekly sessions with {adult} and a joint visit with the social worker. Talked through relapse triggers: payday and Friday nights.",
        ],
        AllocationRole.MentalHealth =>
        [
            "Three sessions with {adult}: mood diary reviewed, sleep routine agreed. Liaised with the GP about medication.",
            "Two sessions with {adult} using behavioural activation; a joint session with the lead social worker about how low mood affects the children's mornings.",
        ],
        AllocationRole.Psychologist =>
        [
            "Two formulation sessions with {adult}. Reflective case discussion with the team about the family's history and patterns across generations.",
            "One session with {adult} and a consultation with the lead social worker about the parenting assessment.",
        ],
        _ => ["Sessions with the family as planned."],
    };

    private static readonly string[] Changes =
    [
        "Not much has changed yet: {adult} still does not accept the worries in the plan. {child} is quiet at school and was late four times.",
        "{adult} is starting to talk about the worries and came to every appointment this month. {child}'s school say {child} seems more settled in the mornings.",
        "There were no police call-outs this month, the first month without one since the plan started. {child} has been going to bed at a regular time.",
        "{adult} has made a plan and stuck to most of it. The house is calmer and {child} told me \"Mum doesn't cry as much\".",
        "A difficult month: there was an argument at the weekend and {child} heard it. {adult} rang me the next morning to tell me, which is new.",
        "The changes are holding. {child}'s attendance is up to 96% and the school have no new worries.",
        "The changes are holding. The health visitor has seen {child} and has no concerns about development.",
    ];

    private static readonly string[] Impacts =
    [
        "{child} is more settled at school and has made a new friend.",
        "{child} was worried about the arguments and asked whether Dad was coming back. School are doing daily check-ins.",
        "{child}'s attendance has improved and the teacher says {child} is concentrating better.",
        "{child} is sleeping through the night most nights now.",
        "{child} has settled at nursery and goes three mornings a week.",
        "{child} is meeting the developmental milestones; the health visitor has no concerns.",
        "{child} has been more withdrawn this month; we have asked school to watch and let us know.",
    ];

    private static readonly string[] Worries =
    [
        "Rent arrears are building and {adult} is worried about the bailiffs.",
        "Whether the changes will last once the plan ends.",
        "{child} is still seeing and hearing arguments at weekends.",
        "Contact with the ex-partner through social media.",
    ];

    private static readonly string[] Strengths =
    [
        "The children are warmly attached to {adult}, who loves them.",
        "Extended family nearby who help out most weeks.",
        "{adult} is honest with us about the hard weeks.",
        "{child} is doing well at school and enjoys football on Saturdays.",
    ];

    private static readonly string[] NextSteps =
    [
        "Core group on the 20th. Continue weekly sessions; review the safety plan next month.",
        "Visit {child} at school; joint session with {adult} and the domestic abuse worker.",
        "Prepare the review conference report; update the chronology and the family's plan.",
        "Keep going with the sessions; check attendance with school; see {child} alone.",
    ];
}
