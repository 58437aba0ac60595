using System.Globalization;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Workbook;
using FamilySafeguarding.Domain.Workbook;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilySafeguarding.Web.Features.Workbook;

/// <summary>Months as they appear in the workbook's addresses: yyyy-MM.</summary>
public static class Months
{
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        return text is { Length: 7 }
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }

    public static string Format(DateOnly month) => WorkbookLinks.MonthKey(month);

    /// <summary>The id of a month's section on the integrated view ("month-2026-10"), the target of links from elsewhere.</summary>
    public static string Anchor(DateOnly month) => "month-" + Format(month);
}

/// <summary>The integrated view's filters as they arrive: <c>?chapter={personId}&amp;member={memberId}&amp;from=2026-01&amp;to=2026-06&amp;page=2</c>.</summary>
public sealed class WorkbookQuery
{
    public Guid? Chapter { get; set; }

    public Guid? Member { get; set; }

    /// <summary>The first month shown, yyyy-MM; anything else is ignored.</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    public int Page { get; set; } = 1;

    public DateOnly? FromMonth => Months.TryParse(From, out var m) ? m : null;

    public DateOnly? ToMonth => Months.TryParse(To, out var m) ? m : null;

    public WorkbookFilter ToFilter() => new(Chapter, Member, FromMonth, ToMonth);

    /// <summary>A link to the view with the same filters, on another page or for printing.</summary>
    public string Link(string path, int? page = null)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (Chapter is { } chapter)
        {
            parameters.Add(new("chapter", chapter.ToString()));
        }

        if (Member is { } member)
        {
            parameters.Add(new("member", member.ToString()));
        }

        if (FromMonth is { } from)
        {
            parameters.Add(new("from", Months.Format(from)));
        }

        if (ToMonth is { } to)
        {
            parameters.Add(new("to", Months.Format(to)));
        }

        if (page is > 1)
        {
            parameters.Add(new("page", page.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(path, parameters);
    }
}

public sealed record WorkbookModel(FamilyHeader Header, WorkbookQuery Query, IntegratedWorkbook Workbook, Guid ActorPersonId)
{
    /// <summary>The actor's own open chapter of this family, if they have one.</summary>
    public Chapter? OwnChapter => Workbook.Chapters.FirstOrDefault(c => c.PersonId == ActorPersonId && c.IsOpen);

    /// <summary>The filters in words, for the printed page.</summary>
    public string FilterDescription
    {
        get
        {
            var parts = new List<string>();
            if (Query.Chapter is { } chapter)
            {
                parts.Add("the chapter " + (Workbook.Chapters.FirstOrDefault(c => c.PersonId == chapter)?.Title ?? "of a worker no longer allocated"));
            }

            if (Query.Member is { } member)
            {
                parts.Add("about " + (Workbook.Members.FirstOrDefault(m => m.MemberId == member)?.Name ?? "someone no longer in the family"));
            }

            if (Query.FromMonth is { } from)
            {
                parts.Add("from " + WorkbookNames.ShowMonth(from));
            }

            if (Query.ToMonth is { } to)
            {
                parts.Add("to " + WorkbookNames.ShowMonth(to));
            }

            return parts.Count == 0 ? "The whole workbook" : "Showing " + string.Join(", ", parts);
        }
    }
}

public sealed record ChapterModel(FamilyHeader Header, ChapterPage Page, Guid ActorPersonId);

/// <summary>A summary's page: the summary, its notes, and the forms for an addendum and for management oversight.</summary>
public sealed record SummaryModel(FamilyHeader Header, SummaryPage Page, Guid ActorPersonId, NoteForm Addendum, NoteForm Oversight)
{
    public bool IsAuthor => Page.Chapter.PersonId == ActorPersonId;

    public bool MayAddAddendum => Page.Summary is { IsSubmitted: true } && (IsAuthor || Header.Rights.MayManage);

    public bool MayAddOversight => Page.Summary is not null && Header.Rights.MayManage;

    public bool MayWrite => IsAuthor && Page.Summary is not { IsSubmitted: true } && Page.Chapter.MayWriteFor(Page.Month);
}

/// <summary>An addendum or a management oversight note. The server gives the note its id; the form's key makes sending it twice add one note.</summary>
public sealed class NoteForm
{
    public string? Text { get; set; }
}

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator()
    {
        RuleFor(f => f.Text).Must(t => SummaryFormValidator.Length(t) > 0).WithMessage("Enter the note")
            .Must(t => SummaryFormValidator.Length(t) <= SummaryNote.TextMaxLength).WithMessage($"The note must be {SummaryNote.TextMaxLength} characters or fewer");
    }
}

/// <summary>
/// The author's monthly summary form. Every value is kept as typed text, so a form shown again with errors (or after a
/// clash with another tab) shows exactly what was typed. Children and adults are arranged from the family's members on
/// every request; what was posted for each is matched by member id.
/// </summary>
public sealed class SummaryForm
{
    public const string SaveAction = "save";
    public const string SubmitAction = "submit";

    public string? WorkUndertaken { get; set; }

    public string? WhatHasChanged { get; set; }

    public List<ChildPart> Children { get; set; } = [];

    public List<AdultPart> Adults { get; set; } = [];

    public string? Worries { get; set; }

    public string? Strengths { get; set; }

    public string? NextSteps { get; set; }

    /// <summary>The version of the summary when the form was opened; empty for a summary not yet saved.</summary>
    public Guid? Version { get; set; }

    /// <summary>"save" (Save draft) or "submit" (Submit summary).</summary>
    [FromForm]
    public string? Action { get; set; }

    public bool IsSubmit => string.Equals(Action, SubmitAction, StringComparison.Ordinal);

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public Chapter? Chapter { get; set; }

    [BindNever]
    public DateOnly Month { get; set; }

    [BindNever]
    public int DueWorkingDay { get; set; } = SummaryDueDates.DefaultWorkingDay;

    /// <summary>What was saved from another tab or device in between, shown beside the user's own text.</summary>
    [BindNever]
    public SummaryView? Conflict { get; set; }

    public static SummaryForm From(SummaryView? saved) => saved is null ? new SummaryForm() : new SummaryForm
    {
        WorkUndertaken = saved.WorkUndertaken,
        WhatHasChanged = saved.WhatHasChanged,
        Worries = saved.Worries,
        Strengths = saved.Strengths,
        NextSteps = saved.NextSteps,
        Version = saved.Version,
        Children = [.. saved.People.Select(p => new ChildPart { MemberId = p.MemberId, Impact = p.Impact })],
        Adults = [.. saved.People.Select(p => new AdultPart
        {
            MemberId = p.MemberId,
            Stage = p.Stage?.ToString(),
            Importance = p.Importance?.ToString(CultureInfo.InvariantCulture),
            Confidence = p.Confidence?.ToString(CultureInfo.InvariantCulture),
            ChangeTalk = [.. WorkbookNames.ChangeTalkKinds.Where(k => p.ChangeTalk.HasFlag(k)).Select(k => k.ToString())],
        })],
    };

    /// <summary>
    /// One part per child of the family and per adult the chapter is about (every adult when it names none), in the
    /// family's order, keeping what was posted or saved for each.
    /// </summary>
    public SummaryForm Arrange(IReadOnlyList<MemberChoice> members, Chapter chapter)
    {
        var children = Children.GroupBy(c => c.MemberId).ToDictionary(g => g.Key, g => g.Last());
        var adults = Adults.GroupBy(a => a.MemberId).ToDictionary(g => g.Key, g => g.Last());
        Children = [.. members.Where(m => m.IsChild).Select(m => new ChildPart { MemberId = m.MemberId, Name = m.Name, Impact = children.GetValueOrDefault(m.MemberId)?.Impact })];
        Adults = [.. members.Where(m => !m.IsChild && (chapter.AdultIds.Count == 0 || chapter.AdultIds.Contains(m.MemberId)))
            .Select(m => adults.GetValueOrDefault(m.MemberId) is { } posted
                ? new AdultPart { MemberId = m.MemberId, Name = m.Name, Stage = posted.Stage, Importance = posted.Importance, Confidence = posted.Confidence, ChangeTalk = posted.ChangeTalk }
                : new AdultPart { MemberId = m.MemberId, Name = m.Name })];
        Chapter = chapter;
        return this;
    }

    /// <summary>The summary's content, after validation. A person's part is kept only when something was entered for them.</summary>
    public SummaryContent ToContent() => new()
    {
        WorkUndertaken = WorkUndertaken,
        WhatHasChanged = WhatHasChanged,
        Worries = Worries,
        Strengths = Strengths,
        NextSteps = NextSteps,
        People =
        [
            .. Children.Where(c => !string.IsNullOrWhiteSpace(c.Impact)).Select(c => new SummaryPersonContent { MemberId = c.MemberId, Impact = c.Impact }),
            .. Adults.Select(a => a.ToContent()).Where(a => a.Stage is not null || a.Importance is not null || a.Confidence is not null || a.ChangeTalk != ChangeTalk.None),
        ],
    };
}

public sealed class ChildPart
{
    public Guid MemberId { get; set; }

    public string? Impact { get; set; }

    [BindNever]
    public string Name { get; set; } = string.Empty;
}

public sealed class AdultPart
{
    public Guid MemberId { get; set; }

    /// <summary>The stage of change by its exact name.</summary>
    public string? Stage { get; set; }

    public string? Importance { get; set; }

    public string? Confidence { get; set; }

    /// <summary>The kinds of change talk heard, by their exact names.</summary>
    public List<string> ChangeTalk { get; set; } = [];

    [BindNever]
    public string Name { get; set; } = string.Empty;

    public SummaryPersonContent ToContent() => new()
    {
        MemberId = MemberId,
        Stage = SummaryFormValidator.StageOf(Stage),
        Importance = SummaryFormValidator.RulerOf(Importance),
        Confidence = SummaryFormValidator.RulerOf(Confidence),
        ChangeTalk = ChangeTalk.Select(SummaryFormValidator.ChangeTalkOf).Aggregate(Domain.Workbook.ChangeTalk.None, (all, k) => all | (k ?? Domain.Workbook.ChangeTalk.None)),
    };
}

public sealed class SummaryFormValidator : AbstractValidator<SummaryForm>
{
    public SummaryFormValidator()
    {
        Section(f => f.WorkUndertaken, "The work undertaken");
        Section(f => f.WhatHasChanged, "What has changed");
        Section(f => f.Worries, "The worries");
        Section(f => f.Strengths, "The strengths");
        Section(f => f.NextSteps, "The next steps");
        When(f => f.IsSubmit, () =>
        {
            RuleFor(f => f.WorkUndertaken).Must(t => Length(t) > 0).WithMessage("Enter the work undertaken this month before submitting");
            RuleFor(f => f.WhatHasChanged).Must(t => Length(t) > 0).WithMessage("Enter what has changed and its impact on the children before submitting");
            RuleFor(f => f.NextSteps).Must(t => Length(t) > 0).WithMessage("Enter the next steps before submitting");
        });
        RuleForEach(f => f.Children).ChildRules(child =>
            child.RuleFor(c => c.Impact).Must(t => Length(t) <= MonthlySummary.ImpactMaxLength)
                .WithMessage(c => $"The impact on {c.Name} must be {MonthlySummary.ImpactMaxLength} characters or fewer"));
        RuleForEach(f => f.Adults).ChildRules(adult =>
        {
            adult.RuleFor(a => a.Stage).Must(s => string.IsNullOrEmpty(s) || StageOf(s) is not null)
                .WithMessage(a => $"Select {a.Name}'s stage of change");
            adult.RuleFor(a => a.Importance).Must(r => string.IsNullOrWhiteSpace(r) || RulerOf(r) is not null)
                .WithMessage(a => $"How important the change is to {a.Name} must be a whole number from 0 to {MonthlySummary.RulerMax}");
            adult.RuleFor(a => a.Confidence).Must(r => string.IsNullOrWhiteSpace(r) || RulerOf(r) is not null)
                .WithMessage(a => $"How confident {a.Name} is must be a whole number from 0 to {MonthlySummary.RulerMax}");
            adult.RuleFor(a => a.ChangeTalk).Must(k => k.All(t => ChangeTalkOf(t) is not null))
                .WithMessage(a => $"Select the change talk heard from {a.Name}");
        });
    }

    /// <summary>A text's length as it is stored: line breaks count once (browsers send them as two characters), trailing space not at all.</summary>
    public static int Length(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Length;

    public static StageOfChange? StageOf(string? name) =>
        Enum.TryParse<StageOfChange>(name, ignoreCase: false, out var stage) && Enum.IsDefined(stage) && !int.TryParse(name, out _) ? stage : null;

    public static int? RulerOf(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MonthlySummary.RulerMax ? value : null;

    public static ChangeTalk? ChangeTalkOf(string? name) =>
        Enum.TryParse<ChangeTalk>(name, ignoreCase: false, out var talk) && WorkbookNames.ChangeTalkKinds.Contains(talk) && !int.TryParse(name, out _) ? talk : null;

    private void Section(System.Linq.Expressions.Expression<Func<SummaryForm, string?>> section, string what) =>
        RuleFor(section).Must(t => Length(t) <= MonthlySummary.SectionMaxLength)
            .WithMessage($"{what} must be {MonthlySummary.SectionMaxLength} characters or fewer");
}

/// <summary>How the workbook's dates and times read on a page.</summary>
public static class WorkbookDisplay
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A moment stored in UTC as it reads in the UK: "3 November 2026 at 14:05".</summary>
    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A ruler's value, "7 out of 10".</summary>
    public static string Ruler(int? value) => value is { } v ? $"{v} out of {MonthlySummary.RulerMax}" : "Not recorded";

    public static string SummaryPath(Guid familyId, Guid personId, DateOnly month) => WorkbookLinks.Summary(familyId, personId, month);
}

/// <summary>A long-text field of a form with the GOV.UK character count.</summary>
public sealed record TextareaModel(string Name, string Label, string? Hint, string? Value, string? Error, int MaxLength, int Rows = 6, string LabelClass = "govuk-label--m");

/// <summary>One month of the integrated view or its printed version.</summary>
public sealed record MonthSectionModel(Guid FamilyId, WorkbookMonth Month, bool ForPrint);
