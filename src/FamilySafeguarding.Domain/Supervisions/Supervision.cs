using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;

namespace FamilySafeguarding.Domain.Supervisions;

/// <summary>
/// A family's monthly group supervision: scheduled by the team, drafted by the chair or the team coordinator taking
/// minutes, and signed off by a manager of the family's team. Once signed off the record never changes (corrections
/// are addenda, <see cref="SupervisionAddendum"/>), and its agreed actions become <see cref="FamilyAction"/>s, tracked
/// until done. Who may do what is decided by the application; the record's own rules are here.
/// </summary>
public sealed class Supervision : TrackedEntity
{
    public const int SectionMaxLength = 10000;
    public const int UpdateMaxLength = 10000;
    public const int MeaningMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int MaxDaysAhead = 366;

    /// <summary>The refusal of any change to a signed-off record (403): corrections are addenda.</summary>
    public const string SignedOffMessage = "This supervision has been signed off and cannot be changed. Add an addendum instead.";

    /// <summary>The refusal of any record on a cancelled supervision (403).</summary>
    public const string CancelledMessage = "This supervision was cancelled, so nothing more can be recorded on it.";

    private readonly List<SupervisionAttendee> _attendees = [];
    private readonly List<SupervisionUpdate> _updates = [];
    private readonly List<SupervisionPerson> _people = [];
    private readonly List<SupervisionActionLine> _actions = [];

    private Supervision()
    {
        Worries = WorkingWell = DecisionRationale = string.Empty;
    }

    private Supervision(Guid familyId, DateOnly dueOn)
        : this()
    {
        FamilyId = familyId;
        DueOn = dueOn;
        Status = SupervisionStatus.Scheduled;
    }

    public Guid FamilyId { get; private set; }

    /// <summary>When it was due, by <see cref="SupervisionDueDates"/>: set when scheduled and again when signed off.</summary>
    public DateOnly DueOn { get; private set; }

    public DateOnly ScheduledOn { get; private set; }

    public TimeOnly ScheduledAt { get; private set; }

    public SupervisionStatus Status { get; private set; }

    /// <summary>The day the meeting was held, recorded with the minutes.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>The joint analysis: what we are worried about.</summary>
    public string Worries { get; private set; }

    /// <summary>The joint analysis: what is working well.</summary>
    public string WorkingWell { get; private set; }

    public SupervisionDecision? Decision { get; private set; }

    public string DecisionRationale { get; private set; }

    public DateOnly? NextSupervisionOn { get; private set; }

    public DateTime? SignedOffAt { get; private set; }

    public Guid? SignedOffByPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="SignedOffByPersonId"/> is the record.</summary>
    public Person? SignedOffBy { get; private set; }

    public IReadOnlyCollection<SupervisionAttendee> Attendees => _attendees.AsReadOnly();

    /// <summary>Each chapter's update, by the chapter's worker.</summary>
    public IReadOnlyCollection<SupervisionUpdate> Updates => _updates.AsReadOnly();

    /// <summary>What it means for each child; each adult's stage of change.</summary>
    public IReadOnlyCollection<SupervisionPerson> People => _people.AsReadOnly();

    /// <summary>The actions as agreed in the record. Once signed off each is also a <see cref="FamilyAction"/> with the same id.</summary>
    public IReadOnlyCollection<SupervisionActionLine> Actions => _actions.AsReadOnly();

    public bool IsSignedOff => Status == SupervisionStatus.SignedOff;

    /// <summary>Schedules a family's supervision for a date (up to a year ahead; a past date records one held without notice) and time.</summary>
    public static Supervision Schedule(Guid familyId, DateOnly dueOn, DateOnly scheduledOn, TimeOnly scheduledAt, DateOnly today)
    {
        var supervision = new Supervision(familyId, dueOn);
        supervision.SetSchedule(scheduledOn, scheduledAt, today);
        return supervision;
    }

    public void Reschedule(DateOnly scheduledOn, TimeOnly scheduledAt, DateOnly today)
    {
        EnsureScheduled();
        SetSchedule(scheduledOn, scheduledAt, today);
    }

    public void Cancel()
    {
        EnsureScheduled();
        if (HasRecord)
        {
            throw new DomainRuleException("Minutes have been drafted for this supervision. Record and sign it off, or clear the draft first");
        }

        Status = SupervisionStatus.Cancelled;
    }

    /// <summary>Saves the draft record. Anything may be blank in a draft; lengths and choices are still checked so nothing is cut off.</summary>
    public void SaveDraft(SupervisionRecord record, DateOnly today)
    {
        EnsureMayRecord();
        Apply(record, today);
    }

    /// <summary>
    /// Saves the draft record to be signed off next, once confirmed: it must already have every part a signed-off record
    /// needs (reported all at once, as <see cref="SignOff"/> does), so the confirmation can only fail if the record
    /// changes in between. Nothing is signed off.
    /// </summary>
    public void SaveForSignOff(SupervisionRecord record, DateOnly today, IReadOnlyList<DomainRuleProblem>? alsoMissing = null)
    {
        EnsureMayRecord();
        Apply(record, today);
        var problems = SignOffProblems(alsoMissing ?? []);
        if (problems.Count > 0)
        {
            throw DomainRuleException.Many(problems);
        }
    }

    /// <summary>
    /// Signs the record off with its final content: the parts a record must have are checked, the due date is set to
    /// <paramref name="dueOn"/>, and the agreed actions are returned as new <see cref="FamilyAction"/>s. It never changes again.
    /// Every missing part is reported at once (<see cref="DomainRuleException.Many"/>), with <paramref name="alsoMissing"/>:
    /// what the application found missing in the same record (a worker's attendance), so the form shows them all together.
    /// </summary>
    public IReadOnlyList<FamilyAction> SignOff(Guid signerPersonId, SupervisionRecord record, DateOnly dueOn, DateOnly today, DateTime now, IReadOnlyList<DomainRuleProblem>? alsoMissing = null)
    {
        EnsureMayRecord();
        Apply(record, today);
        var problems = SignOffProblems(alsoMissing ?? []);
        if (problems.Count > 0)
        {
            throw DomainRuleException.Many(problems);
        }

        DueOn = dueOn;
        Status = SupervisionStatus.SignedOff;
        SignedOffAt = now;
        SignedOffByPersonId = signerPersonId;
        return [.. _actions.Select(a => new FamilyAction(a, FamilyId, Id, signerPersonId, now))];
    }

    /// <summary>Signed off with exactly <paramref name="record"/>: signing off the same record again (a double click) is the same sign-off.</summary>
    public bool IsSignedOffWith(SupervisionRecord record, DateOnly today) => IsSignedOff && Holds(record, today);

    /// <summary>Whether <paramref name="record"/> is exactly what was signed off: a repeated sign-off of the same record is the same sign-off.</summary>
    public bool Holds(SupervisionRecord record, DateOnly today)
    {
        var probe = new Supervision(FamilyId, DueOn);
        try
        {
            probe.Apply(record, today);
        }
        catch (DomainRuleException)
        {
            return false;
        }

        return probe.HeldOn == HeldOn && probe.Worries == Worries && probe.WorkingWell == WorkingWell && probe.Decision == Decision
            && probe.DecisionRationale == DecisionRationale && probe.NextSupervisionOn == NextSupervisionOn
            && probe._attendees.Select(a => a.Key).SequenceEqual(_attendees.OrderBy(a => a.Position).Select(a => a.Key))
            && probe._updates.Select(u => (u.ChapterPersonId, u.Text)).Order().SequenceEqual(_updates.Select(u => (u.ChapterPersonId, u.Text)).Order())
            && probe._people.Select(p => (p.MemberId, p.Meaning, p.Stage)).Order().SequenceEqual(_people.Select(p => (p.MemberId, p.Meaning, p.Stage)).Order())
            && probe._actions.Select(a => (a.What, a.OwnerPersonId, a.DueOn)).SequenceEqual(_actions.OrderBy(a => a.Position).Select(a => (a.What, a.OwnerPersonId, a.DueOn)));
    }

    /// <summary>Every part a signed-off record must have that this one lacks, in the order of the form.</summary>
    private List<DomainRuleProblem> SignOffProblems(IReadOnlyList<DomainRuleProblem> alsoMissing)
    {
        var problems = new List<DomainRuleProblem>();
        if (HeldOn is null)
        {
            problems.Add(new("HeldOn", "Enter the date the supervision was held"));
        }

        if (!_attendees.Any(a => a.Attendance == Attendance.Attended))
        {
            problems.Add(new("Attendees", "Record who attended"));
        }

        problems.AddRange(alsoMissing);
        Required(problems, Worries, "what we are worried about", nameof(Worries));
        Required(problems, WorkingWell, "what is working well", nameof(WorkingWell));
        if (Decision is null)
        {
            problems.Add(new(nameof(Decision), "Select the decision"));
        }

        Required(problems, DecisionRationale, "the rationale for the decision", nameof(DecisionRationale));
        for (var i = 0; i < _actions.Count; i++)
        {
            problems.AddRange(_actions[i].Problems(HeldOn ?? DateOnly.MinValue, $"Actions[{i}]"));
        }

        if (NextSupervisionOn is { } next && next <= HeldOn)
        {
            problems.Add(new(nameof(NextSupervisionOn), "The next supervision must be after this one"));
        }

        return problems;
    }

    private bool HasRecord => HeldOn is not null || Worries.Length > 0 || WorkingWell.Length > 0 || Decision is not null
        || DecisionRationale.Length > 0 || _attendees.Count > 0 || _updates.Count > 0 || _people.Count > 0 || _actions.Count > 0;

    private void SetSchedule(DateOnly scheduledOn, TimeOnly scheduledAt, DateOnly today)
    {
        if (scheduledOn > today.AddDays(MaxDaysAhead))
        {
            throw new DomainRuleException("The date must be within a year from today", nameof(ScheduledOn));
        }

        ScheduledOn = scheduledOn;
        ScheduledAt = scheduledAt;
    }

    private void EnsureScheduled()
    {
        if (Status == SupervisionStatus.SignedOff)
        {
            throw new DomainRuleException("This supervision has been signed off and cannot be changed. Add an addendum instead");
        }

        if (Status == SupervisionStatus.Cancelled)
        {
            throw new DomainRuleException("This supervision was cancelled");
        }
    }

    /// <summary>A record is kept only while the supervision is to be held: signed off or cancelled, it is refused outright (403).</summary>
    private void EnsureMayRecord()
    {
        if (Status == SupervisionStatus.SignedOff)
        {
            throw DomainRuleException.Refusal(SignedOffMessage);
        }

        if (Status == SupervisionStatus.Cancelled)
        {
            throw DomainRuleException.Refusal(CancelledMessage);
        }
    }

    private void Apply(SupervisionRecord record, DateOnly today)
    {
        if (record.HeldOn is { } held)
        {
            Dates.NotInFuture(held, today, "The date it was held", nameof(HeldOn));
        }

        if (record.Decision is { } decision && !Enum.IsDefined(decision))
        {
            throw new DomainRuleException("Select the decision", nameof(Decision));
        }

        var worries = Section(record.Worries, "What we are worried about", nameof(Worries));
        var workingWell = Section(record.WorkingWell, "What is working well", nameof(WorkingWell));
        var rationale = Section(record.DecisionRationale, "The rationale", nameof(DecisionRationale));
        var attendees = record.Attendees.Select((a, i) => SupervisionAttendee.Create(Id, a, i)).ToList();
        var updates = record.Updates
            .GroupBy(u => u.ChapterPersonId).Select(g => g.Last())
            .Select(u => new SupervisionUpdate(Id, u.ChapterPersonId, Checked(u.Text, UpdateMaxLength, "The update", $"Updates[{u.ChapterPersonId}]")))
            .Where(u => u.Text.Length > 0)
            .ToList();
        var people = record.People
            .GroupBy(p => p.MemberId).Select(g => g.Last())
            .Select(p => SupervisionPerson.Create(Id, p))
            .Where(p => p.Meaning is not null || p.Stage is not null)
            .ToList();
        var actions = record.Actions.Select((a, i) => SupervisionActionLine.Create(Id, a, i)).Where(a => !a.IsBlank).ToList();

        HeldOn = record.HeldOn;
        Worries = worries;
        WorkingWell = workingWell;
        Decision = record.Decision;
        DecisionRationale = rationale;
        NextSupervisionOn = record.NextSupervisionOn;
        Replace(_attendees, attendees);
        Replace(_updates, updates);
        Replace(_people, people);
        Replace(_actions, actions);
    }

    private static void Replace<T>(List<T> current, List<T> wanted)
    {
        current.Clear();
        current.AddRange(wanted);
    }

    private static string Section(string? value, string what, string field) => Checked(value, SectionMaxLength, what, field);

    internal static string Checked(string? value, int maxLength, string what, string field)
    {
        var text = Text.Multiline(value);
        if (text.Length > maxLength)
        {
            throw new DomainRuleException($"{what} must be {maxLength} characters or fewer", field);
        }

        return text;
    }

    private static void Required(List<DomainRuleProblem> problems, string value, string what, string field)
    {
        if (value.Length == 0)
        {
            problems.Add(new(field, $"Enter {what} before signing off"));
        }
    }
}

/// <summary>Someone at the meeting: an allocated worker (by person) or anyone else by name and role.</summary>
public sealed class SupervisionAttendee
{
    private SupervisionAttendee()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SupervisionId { get; private set; }

    public int Position { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="PersonId"/> is the record.</summary>
    public Person? Person { get; private set; }

    /// <summary>For someone not in the directory: their name.</summary>
    public string? Name { get; private set; }

    /// <summary>For someone not in the directory: their role and agency, e.g. "Health visitor".</summary>
    public string? Role { get; private set; }

    public Attendance Attendance { get; private set; }

    internal (Guid?, string?, string?, Attendance) Key => (PersonId, Name, Role, Attendance);

    internal static SupervisionAttendee Create(Guid supervisionId, AttendeeContent content, int position)
    {
        var field = $"Attendees[{position}]";
        if (!Enum.IsDefined(content.Attendance))
        {
            throw new DomainRuleException("Select whether they attended or sent apologies", field + ".Attendance");
        }

        var attendee = new SupervisionAttendee { SupervisionId = supervisionId, Position = position, Attendance = content.Attendance };
        if (content.PersonId is { } personId && personId != Guid.Empty)
        {
            attendee.PersonId = personId;
        }
        else
        {
            attendee.Name = Text.Required(content.Name, Supervision.NameMaxLength, "their name", field + ".Name");
            attendee.Role = Text.Required(content.Role, Supervision.NameMaxLength, "their role", field + ".Role");
        }

        return attendee;
    }
}

/// <summary>The update a chapter's worker gave, prefilled from what they recorded.</summary>
public sealed class SupervisionUpdate
{
    private SupervisionUpdate()
    {
        Text = string.Empty;
    }

    internal SupervisionUpdate(Guid supervisionId, Guid chapterPersonId, string text)
    {
        SupervisionId = supervisionId;
        ChapterPersonId = chapterPersonId;
        Text = text;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SupervisionId { get; private set; }

    public Guid ChapterPersonId { get; private set; }

    public string Text { get; private set; }
}

/// <summary>A child's or adult's part in the joint analysis.</summary>
public sealed class SupervisionPerson
{
    private SupervisionPerson()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SupervisionId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>For a child: what it all means for them.</summary>
    public string? Meaning { get; private set; }

    /// <summary>For an adult: their stage of change.</summary>
    public StageOfChange? Stage { get; private set; }

    internal static SupervisionPerson Create(Guid supervisionId, SupervisionPersonContent content)
    {
        if (content.Stage is { } stage && !Enum.IsDefined(stage))
        {
            throw new DomainRuleException("Select a stage of change", $"People[{content.MemberId}].Stage");
        }

        var meaning = Supervision.Checked(content.Meaning, Supervision.MeaningMaxLength, "What it means for the child", $"People[{content.MemberId}].Meaning");
        return new SupervisionPerson
        {
            SupervisionId = supervisionId,
            MemberId = content.MemberId,
            Meaning = meaning.Length == 0 ? null : meaning,
            Stage = content.Stage,
        };
    }
}

/// <summary>An action as the record agrees it: what, who is responsible, by when.</summary>
public sealed class SupervisionActionLine
{
    private SupervisionActionLine()
    {
        What = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The action's id, chosen by the server with each save of the record; the signed-off <see cref="FamilyAction"/> has it.</summary>
    public Guid ActionId { get; private set; } = Guid.CreateVersion7();

    public Guid SupervisionId { get; private set; }

    public int Position { get; private set; }

    public string What { get; private set; }

    public Guid? OwnerPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="OwnerPersonId"/> is the record.</summary>
    public Person? Owner { get; private set; }

    public DateOnly? DueOn { get; private set; }

    internal bool IsBlank => What.Length == 0 && OwnerPersonId is null && DueOn is null;

    internal static SupervisionActionLine Create(Guid supervisionId, ActionContent content, int position) => new()
    {
        SupervisionId = supervisionId,
        Position = position,
        What = Supervision.Checked(content.What, FamilyAction.WhatMaxLength, "The action", $"Actions[{position}].What").Replace('\n', ' '),
        OwnerPersonId = content.OwnerPersonId == Guid.Empty ? null : content.OwnerPersonId,
        DueOn = content.DueOn,
    };

    /// <summary>What a signed-off action lacks: what it is, who is responsible, a due date on or after the meeting.</summary>
    internal IEnumerable<DomainRuleProblem> Problems(DateOnly heldOn, string field)
    {
        if (What.Length == 0)
        {
            yield return new(field + ".What", "Enter what the action is");
        }

        if (OwnerPersonId is null)
        {
            yield return new(field + ".OwnerPersonId", "Select who is responsible for the action");
        }

        if (DueOn is not { } due)
        {
            yield return new(field + ".DueOn", "Enter the date the action is due");
        }
        else if (due < heldOn)
        {
            yield return new(field + ".DueOn", "The action's due date must be on or after the day of the supervision");
        }
    }
}

/// <summary>The record as the form sends it.</summary>
public sealed record SupervisionRecord
{
    public DateOnly? HeldOn { get; init; }

    public IReadOnlyList<AttendeeContent> Attendees { get; init; } = [];

    public IReadOnlyList<UpdateContent> Updates { get; init; } = [];

    public string? Worries { get; init; }

    public string? WorkingWell { get; init; }

    public IReadOnlyList<SupervisionPersonContent> People { get; init; } = [];

    public SupervisionDecision? Decision { get; init; }

    public string? DecisionRationale { get; init; }

    public IReadOnlyList<ActionContent> Actions { get; init; } = [];

    public DateOnly? NextSupervisionOn { get; init; }
}

public sealed record AttendeeContent(Guid? PersonId, string? Name, string? Role, Attendance Attendance);

public sealed record UpdateContent(Guid ChapterPersonId, string? Text);

public sealed record SupervisionPersonContent(Guid MemberId, string? Meaning, StageOfChange? Stage);

public sealed record ActionContent(string? What, Guid? OwnerPersonId, DateOnly? DueOn);
