using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Workbook;

/// <summary>
/// A worker's monthly summary in their chapter of a family's workbook: one per chapter (family and worker) per calendar
/// month. Only its author writes it. It is a draft until the author submits it; a submitted summary is part of the
/// legal record and never changes again: corrections are addenda (<see cref="SummaryNote"/>).
/// </summary>
public sealed class MonthlySummary : TrackedEntity
{
    public const int SectionMaxLength = 10000;
    public const int ImpactMaxLength = 4000;
    public const int RulerMax = 10;

    /// <summary>The refusal of any change to a submitted summary.</summary>
    public const string SubmittedCannotChange = "This summary has been submitted and cannot be changed. Add an addendum instead";

    /// <summary>The refusal of a change by anyone but the summary's author.</summary>
    public const string OnlyTheAuthorMayWrite = "Only the worker whose chapter this is can write its summaries";

    private readonly List<SummaryPerson> _people = [];

    private MonthlySummary()
    {
        WorkUndertaken = WhatHasChanged = Worries = Strengths = NextSteps = string.Empty;
    }

    private MonthlySummary(Guid familyId, Guid authorPersonId, DateOnly month)
        : this()
    {
        FamilyId = familyId;
        AuthorPersonId = authorPersonId;
        Month = month;
        Status = SummaryStatus.Draft;
    }

    public Guid FamilyId { get; private set; }

    /// <summary>The worker whose chapter this is in; the only person who writes it.</summary>
    public Guid AuthorPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="AuthorPersonId"/> is the record.</summary>
    public Person? Author { get; private set; }

    /// <summary>The month summarised, as its first day.</summary>
    public DateOnly Month { get; private set; }

    public SummaryStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string WorkUndertaken { get; private set; }

    /// <summary>What has changed, and its impact on each child.</summary>
    public string WhatHasChanged { get; private set; }

    public string Worries { get; private set; }

    public string Strengths { get; private set; }

    public string NextSteps { get; private set; }

    /// <summary>For each child, the impact on them; for each adult the chapter is about, their stage of change.</summary>
    public IReadOnlyCollection<SummaryPerson> People => _people.AsReadOnly();

    public bool IsSubmitted => Status == SummaryStatus.Submitted;

    /// <summary>The first day of the month <paramref name="day"/> falls in.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Starts a draft summary for a month that has begun (this month or an earlier one).</summary>
    public static MonthlySummary Start(Guid familyId, Guid authorPersonId, DateOnly month, DateOnly today)
    {
        if (month.Day != 1)
        {
            throw new ArgumentException("A summary's month is its first day.", nameof(month));
        }

        if (month > MonthOf(today))
        {
            throw new DomainRuleException("A summary can only be written for this month or an earlier one", nameof(Month));
        }

        return new MonthlySummary(familyId, authorPersonId, month);
    }

    /// <summary>Saves the author's draft. Any section may be blank in a draft; lengths are still checked so nothing is cut off.</summary>
    public void SaveDraft(Guid actorPersonId, SummaryContent content)
    {
        EnsureAuthorMayWrite(actorPersonId);
        Apply(content);
    }

    /// <summary>Submits the summary with its final content: the sections a summary must have are checked, then it can never change.</summary>
    public void Submit(Guid actorPersonId, SummaryContent content, DateTime now)
    {
        EnsureAuthorMayWrite(actorPersonId);
        Apply(content);
        Required(WorkUndertaken, "the work undertaken this month", nameof(WorkUndertaken));
        Required(WhatHasChanged, "what has changed and its impact on the children", nameof(WhatHasChanged));
        Required(NextSteps, "the next steps", nameof(NextSteps));
        Status = SummaryStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>Whether this summary was submitted with <paramref name="content"/>: submitting the same text again (a double click) is the same submission.</summary>
    public bool IsSubmittedAs(SummaryContent content) => IsSubmitted && Holds(content);

    /// <summary>Whether <paramref name="content"/> is exactly what was submitted: a repeated submit of the same text is the same submission.</summary>
    public bool Holds(SummaryContent content)
    {
        var probe = new MonthlySummary(FamilyId, AuthorPersonId, Month);
        try
        {
            probe.Apply(content);
        }
        catch (DomainRuleException)
        {
            return false;
        }

        return probe.WorkUndertaken == WorkUndertaken && probe.WhatHasChanged == WhatHasChanged && probe.Worries == Worries
            && probe.Strengths == Strengths && probe.NextSteps == NextSteps
            && probe._people.Count == _people.Count
            && probe._people.All(p => _people.Any(q => q.SameAs(p)));
    }

    /// <summary>Someone else's summary, or a submitted one, is refused outright: no form can put it right.</summary>
    private void EnsureAuthorMayWrite(Guid actorPersonId)
    {
        if (actorPersonId != AuthorPersonId)
        {
            throw DomainRuleException.Refusal(OnlyTheAuthorMayWrite);
        }

        if (IsSubmitted)
        {
            throw DomainRuleException.Refusal(SubmittedCannotChange);
        }
    }

    private void Apply(SummaryContent content)
    {
        WorkUndertaken = Optional(content.WorkUndertaken, "The work undertaken", nameof(WorkUndertaken));
        WhatHasChanged = Optional(content.WhatHasChanged, "What has changed", nameof(WhatHasChanged));
        Worries = Optional(content.Worries, "The worries", nameof(Worries));
        Strengths = Optional(content.Strengths, "The strengths", nameof(Strengths));
        NextSteps = Optional(content.NextSteps, "The next steps", nameof(NextSteps));

        var people = content.People.GroupBy(p => p.MemberId).Select(g => g.Last()).ToList();
        foreach (var person in people)
        {
            SummaryPerson.Check(person);
        }

        _people.RemoveAll(p => people.All(q => q.MemberId != p.MemberId));
        foreach (var person in people)
        {
            if (_people.SingleOrDefault(p => p.MemberId == person.MemberId) is { } existing)
            {
                existing.Set(person);
            }
            else
            {
                _people.Add(new SummaryPerson(Id, person));
            }
        }
    }

    private static string Optional(string? value, string what, string field)
    {
        var text = Text.Multiline(value);
        if (text.Length > SectionMaxLength)
        {
            throw new DomainRuleException($"{what} must be {SectionMaxLength} characters or fewer", field);
        }

        return text;
    }

    private static void Required(string value, string what, string field)
    {
        if (value.Length == 0)
        {
            throw new DomainRuleException($"Enter {what} before submitting", field);
        }
    }
}

/// <summary>A child's or adult's part in a monthly summary.</summary>
public sealed class SummaryPerson
{
    private SummaryPerson()
    {
    }

    internal SummaryPerson(Guid summaryId, SummaryPersonContent content)
    {
        SummaryId = summaryId;
        MemberId = content.MemberId;
        Set(content);
    }

    public Guid SummaryId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>For a child: what the month's changes mean for them.</summary>
    public string? Impact { get; private set; }

    /// <summary>For an adult: their stage of change.</summary>
    public StageOfChange? Stage { get; private set; }

    /// <summary>How important the change is to the adult, 0 to 10.</summary>
    public int? Importance { get; private set; }

    /// <summary>How confident the adult is they can change, 0 to 10.</summary>
    public int? Confidence { get; private set; }

    public ChangeTalk ChangeTalk { get; private set; }

    internal static void Check(SummaryPersonContent content)
    {
        if (content.Stage is { } stage && !Enum.IsDefined(stage))
        {
            throw new DomainRuleException("Select a stage of change", "Stage");
        }

        if (content.Importance is < 0 or > MonthlySummary.RulerMax)
        {
            throw new DomainRuleException($"Importance must be a number from 0 to {MonthlySummary.RulerMax}", "Importance");
        }

        if (content.Confidence is < 0 or > MonthlySummary.RulerMax)
        {
            throw new DomainRuleException($"Confidence must be a number from 0 to {MonthlySummary.RulerMax}", "Confidence");
        }

        if ((content.ChangeTalk & ~WorkbookNames.ChangeTalkKinds.Aggregate(ChangeTalk.None, (a, k) => a | k)) != 0)
        {
            throw new DomainRuleException("Select the change talk heard", "ChangeTalk");
        }

        if (Text.Multiline(content.Impact).Length > MonthlySummary.ImpactMaxLength)
        {
            throw new DomainRuleException($"The impact on the child must be {MonthlySummary.ImpactMaxLength} characters or fewer", "Impact");
        }
    }

    internal void Set(SummaryPersonContent content)
    {
        var impact = Text.Multiline(content.Impact);
        Impact = impact.Length == 0 ? null : impact;
        Stage = content.Stage;
        Importance = content.Importance;
        Confidence = content.Confidence;
        ChangeTalk = content.ChangeTalk;
    }

    internal bool SameAs(SummaryPerson other) => other.MemberId == MemberId && other.Impact == Impact && other.Stage == Stage
        && other.Importance == Importance && other.Confidence == Confidence && other.ChangeTalk == ChangeTalk;
}

/// <summary>What the author wrote in a summary, as the form sends it.</summary>
public sealed record SummaryContent
{
    public string? WorkUndertaken { get; init; }

    public string? WhatHasChanged { get; init; }

    public string? Worries { get; init; }

    public string? Strengths { get; init; }

    public string? NextSteps { get; init; }

    public IReadOnlyCollection<SummaryPersonContent> People { get; init; } = [];
}

public sealed record SummaryPersonContent
{
    public required Guid MemberId { get; init; }

    public string? Impact { get; init; }

    public StageOfChange? Stage { get; init; }

    public int? Importance { get; init; }

    public int? Confidence { get; init; }

    public ChangeTalk ChangeTalk { get; init; }
}
