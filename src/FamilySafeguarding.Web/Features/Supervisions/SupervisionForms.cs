using System.Globalization;
using System.Text.RegularExpressions;
using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Web.Features.Workbook;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.Web.Features.Supervisions;

/// <summary>The family's list of supervisions.</summary>
public sealed record SupervisionListModel(FamilyHeader Header, SupervisionRights Rights, Page<SupervisionRow> Supervisions);

/// <summary>
/// One supervision's page: for one still to be held, its pack (and the draft's state); for a signed-off one, its record
/// with its addenda and the addendum form for those who may add one.
/// </summary>
public sealed record SupervisionPageModel(FamilyHeader Header, SupervisionRights Rights, SupervisionRecordView Record, SupervisionPack? Pack, Guid ActorPersonId, AddendumForm Addendum)
{
    public bool MayAddAddendum => Record.IsSignedOff && (Rights.MaySignOff || Record.SignedOffByPersonId == ActorPersonId);
}

/// <summary>The pack as it prints.</summary>
public sealed record PackPrintModel(FamilyHeader Header, SupervisionPack Pack, DateOnly Today);

/// <summary>The pack's sections, on the supervision's page or printed.</summary>
public sealed record PackSectionsModel(Guid FamilyId, SupervisionPack Pack, DateOnly Today, bool ForPrint);

/// <summary>An addendum to a signed-off record. The server gives it its id; the form's key makes sending it twice add one.</summary>
public sealed class AddendumForm
{
    public string? Text { get; set; }
}

public sealed class AddendumFormValidator : AbstractValidator<AddendumForm>
{
    public AddendumFormValidator()
    {
        RuleFor(f => f.Text).Must(t => SummaryFormValidator.Length(t) > 0).WithMessage("Enter the addendum")
            .Must(t => SummaryFormValidator.Length(t) <= SupervisionAddendum.TextMaxLength).WithMessage($"The addendum must be {SupervisionAddendum.TextMaxLength} characters or fewer");
    }
}

/// <summary>
/// The supervision's record form. Every value is kept as typed text, so a form shown again (with errors, after a clash
/// with another tab, or with another action row) shows exactly what was typed. The rows (workers, chapters, children,
/// adults) are arranged from the pack on every request; what was posted for each is matched by id.
/// </summary>
public sealed partial class RecordForm
{
    public const string SaveAction = "save";

    /// <summary>The record form's "Sign off": saves the draft for its sign-off and asks for confirmation.</summary>
    public const string ReviewSignOffAction = "signoff-review";

    /// <summary>The confirmation's "Confirm sign-off": signs the record off.</summary>
    public const string SignOffAction = "signoff";
    public const string AddActionAction = "add-action";
    public const int BlankActionRows = 3;
    public const int BlankOtherAttendees = 2;

    public DateInput HeldOn { get; set; } = new();

    public List<AttendeeRow> Attendees { get; set; } = [];

    public List<UpdateRow> Updates { get; set; } = [];

    public string? Worries { get; set; }

    public string? WorkingWell { get; set; }

    public List<MeaningRow> Children { get; set; } = [];

    public List<StageRow> Adults { get; set; } = [];

    /// <summary>The decision by its exact name.</summary>
    public string? Decision { get; set; }

    public string? DecisionRationale { get; set; }

    public List<ActionRow> Actions { get; set; } = [];

    /// <summary>How many blank action rows to show: three, and one more each time "Add another action" is pressed.</summary>
    public int BlankRows { get; set; } = BlankActionRows;

    public DateInput NextSupervisionOn { get; set; } = new();

    /// <summary>The version of the supervision when the form was opened.</summary>
    public Guid Version { get; set; }

    /// <summary>"save" (Save draft), "signoff-review" (Sign off, which asks for confirmation), "signoff" (Confirm sign-off) or "add-action" (another action row, nothing saved).</summary>
    [FromForm]
    public string? Action { get; set; }

    public bool IsSignOff => string.Equals(Action, SignOffAction, StringComparison.Ordinal);

    public bool IsReviewSignOff => string.Equals(Action, ReviewSignOffAction, StringComparison.Ordinal);

    public bool IsAddAction => string.Equals(Action, AddActionAction, StringComparison.Ordinal);

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public SupervisionRights? Rights { get; set; }

    [BindNever]
    public SupervisionPack? Pack { get; set; }

    [BindNever]
    public IReadOnlyList<OwnerChoice> Owners { get; set; } = [];

    /// <summary>What was saved from another tab or device in between, shown beside the user's own text.</summary>
    [BindNever]
    public SupervisionRecordView? Conflict { get; set; }

    /// <summary>The form as it starts: from the saved draft, or, when nothing is recorded yet, from the pack.</summary>
    public static RecordForm From(SupervisionRecordView saved, SupervisionPack pack)
    {
        if (saved.HasRecord)
        {
            return new RecordForm
            {
                Version = saved.Version,
                HeldOn = DateInput.From(saved.HeldOn),
                Attendees = [.. saved.Attendees.Select(a => new AttendeeRow
                {
                    PersonId = a.PersonId,
                    Name = a.PersonId is null ? a.Name : null,
                    Role = a.Role,
                    Attendance = a.Attendance.ToString(),
                    DisplayName = a.Name,
                })],
                Updates = [.. saved.Updates.Select(u => new UpdateRow { ChapterPersonId = u.ChapterPersonId, Text = u.Text })],
                Worries = saved.Worries,
                WorkingWell = saved.WorkingWell,
                Children = [.. saved.People.Select(p => new MeaningRow { MemberId = p.MemberId, Meaning = p.Meaning })],
                Adults = [.. saved.People.Select(p => new StageRow { MemberId = p.MemberId, Stage = p.Stage?.ToString() })],
                Decision = saved.Decision?.ToString(),
                DecisionRationale = saved.DecisionRationale,
                Actions = [.. saved.Actions.Select(a => new ActionRow { What = a.What, OwnerPersonId = a.OwnerPersonId?.ToString(), DueOn = DateInput.From(a.DueOn) })],
                NextSupervisionOn = DateInput.From(saved.NextSupervisionOn),
            };
        }

        return new RecordForm
        {
            Version = saved.Version,
            HeldOn = DateInput.From(saved.ScheduledOn),
            Updates = [.. pack.Chapters.Select(c => new UpdateRow { ChapterPersonId = c.Chapter.PersonId, Text = c.SuggestedUpdate })],
            Adults = [.. pack.Adults.Select(a => new StageRow { MemberId = a.Id, Stage = pack.LatestStage(a.Id)?.ToString() })],
        };
    }

    /// <summary>
    /// One attendee row per worker allocated today (then anyone else recorded, then two blank rows for others), one
    /// update per chapter, one part per child and adult, the action rows typed and the blank ones: keeping what was posted
    /// or saved for each.
    /// </summary>
    public RecordForm Arrange(RecordArrangement arrangement)
    {
        var owners = arrangement.Owners;
        Owners = owners;
        var posted = Attendees.Where(a => a.PersonId is not null).GroupBy(a => a.PersonId!.Value).ToDictionary(g => g.Key, g => g.Last());
        var workers = arrangement.Chapters.Where(c => c.IsOpen).ToList();
        Attendees =
        [
            .. workers.Select(w => new AttendeeRow { PersonId = w.PersonId, Attendance = posted.GetValueOrDefault(w.PersonId)?.Attendance, DisplayName = $"{w.WorkerName ?? Person.VacantPostName} ({w.Role.DisplayName()})" }),
            .. posted.Values.Where(p => workers.All(w => w.PersonId != p.PersonId))
                .Select(p => new AttendeeRow { PersonId = p.PersonId, Attendance = p.Attendance, DisplayName = p.DisplayName ?? owners.FirstOrDefault(o => o.PersonId == p.PersonId)?.Name ?? "A former worker" }),
            .. Attendees.Where(a => a.PersonId is null && !a.IsBlank),
        ];
        for (var i = 0; i < BlankOtherAttendees; i++)
        {
            Attendees.Add(new AttendeeRow());
        }

        var updates = Updates.GroupBy(u => u.ChapterPersonId).ToDictionary(g => g.Key, g => g.Last().Text);
        Updates = [.. arrangement.Chapters.Select(c => new UpdateRow { ChapterPersonId = c.PersonId, Title = c.Title, Text = updates.GetValueOrDefault(c.PersonId) })];
        var meanings = Children.GroupBy(c => c.MemberId).ToDictionary(g => g.Key, g => g.Last().Meaning);
        Children = [.. arrangement.Children.Select(c => new MeaningRow { MemberId = c.Id, Name = c.Name, Meaning = meanings.GetValueOrDefault(c.Id) })];
        var stages = Adults.GroupBy(a => a.MemberId).ToDictionary(g => g.Key, g => g.Last().Stage);
        Adults = [.. arrangement.Adults.Select(a => new StageRow { MemberId = a.Id, Name = a.Name, Stage = stages.GetValueOrDefault(a.Id) })];

        Actions = [.. Actions.Where(a => !a.IsBlank)];
        BlankRows = Math.Clamp(BlankRows, BlankActionRows, 50);
        for (var i = 0; i < BlankRows; i++)
        {
            Actions.Add(new ActionRow());
        }

        return this;
    }

    /// <summary>
    /// The record, after validation: attendees without an answer, and blank action rows, are left out. Its actions are
    /// the form's typed rows in order, so a rule's field (Actions[1].DueOn) is the form's too; attendees are mapped back
    /// by <see cref="FieldFor"/>.
    /// </summary>
    public SupervisionRecord ToRecord()
    {
        return new SupervisionRecord
        {
            HeldOn = HeldOn.ToDate(),
            Attendees = [.. AnsweredAttendees().Select(a => new AttendeeContent(a.Row.PersonId, a.Row.Name, a.Row.Role, AttendanceOf(a.Row.Attendance) ?? 0))],
            Updates = [.. Updates.Select(u => new UpdateContent(u.ChapterPersonId, u.Text))],
            Worries = Worries,
            WorkingWell = WorkingWell,
            People =
            [
                .. Children.Select(c => new SupervisionPersonContent(c.MemberId, c.Meaning, null)),
                .. Adults.Select(a => new SupervisionPersonContent(a.MemberId, null, SummaryFormValidator.StageOf(a.Stage))),
            ],
            Decision = DecisionOf(Decision),
            DecisionRationale = DecisionRationale,
            Actions = [.. Actions.Where(a => !a.IsBlank).Select(a => new ActionContent(a.What, Guid.TryParse(a.OwnerPersonId, out var owner) ? owner : null, a.DueOn.ToDate()))],
            NextSupervisionOn = NextSupervisionOn.ToDate(),
        };
    }

    /// <summary>The form's field for a rule's field: "Attendees[0].Name" of the record is the form row it came from, "Updates[{id}]" a chapter's textarea.</summary>
    public string? FieldFor(string? field)
    {
        if (field is null)
        {
            return null;
        }

        var attendee = AttendeeField().Match(field);
        if (attendee.Success && AnsweredAttendees().ElementAtOrDefault(int.Parse(attendee.Groups[1].Value, CultureInfo.InvariantCulture)) is { Row: not null } a)
        {
            return $"Attendees[{a.Index}]{attendee.Groups[2].Value}";
        }

        // An allocated worker's row, by the worker: "Attendees[{personId}].Attendance".
        if (field.StartsWith("Attendees[", StringComparison.Ordinal) && Guid.TryParse(field.AsSpan(10, Math.Max(0, field.IndexOf(']', StringComparison.Ordinal) - 10)), out var workerId))
        {
            var row = Attendees.FindIndex(r => r.PersonId == workerId);
            return row < 0 ? "Attendees" : $"Attendees[{row}].Attendance";
        }

        var person = PersonField().Match(field);
        if (person.Success && Guid.TryParse(person.Groups[2].Value, out var id))
        {
            var isUpdate = person.Groups[1].Value == "Updates";
            var index = isUpdate ? Updates.FindIndex(u => u.ChapterPersonId == id)
                : person.Groups[3].Value == ".Stage" ? Adults.FindIndex(p => p.MemberId == id)
                : Children.FindIndex(p => p.MemberId == id);
            return index < 0 ? null
                : isUpdate ? $"Updates[{index}].Text"
                : person.Groups[3].Value == ".Stage" ? $"Adults[{index}].Stage" : $"Children[{index}].Meaning";
        }

        return field;
    }

    /// <summary>Every field on the form, for a rule's message to stand beside its field.</summary>
    public string[] Fields() =>
    [
        nameof(HeldOn), nameof(Attendees), nameof(Worries), nameof(WorkingWell), nameof(Decision), nameof(DecisionRationale), nameof(NextSupervisionOn),
        .. Attendees.SelectMany((_, i) => new[] { $"Attendees[{i}].Attendance", $"Attendees[{i}].Name", $"Attendees[{i}].Role" }),
        .. Updates.Select((_, i) => $"Updates[{i}].Text"),
        .. Children.Select((_, i) => $"Children[{i}].Meaning"),
        .. Adults.Select((_, i) => $"Adults[{i}].Stage"),
        .. Actions.SelectMany((_, i) => new[] { $"Actions[{i}].What", $"Actions[{i}].OwnerPersonId", $"Actions[{i}].DueOn" }),
    ];

    public static Attendance? AttendanceOf(string? name) =>
        Enum.TryParse<Attendance>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;

    public static SupervisionDecision? DecisionOf(string? name) =>
        Enum.TryParse<SupervisionDecision>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;

    /// <summary>The attendees the record keeps: a worker with an answer, anyone else with something typed.</summary>
    private IEnumerable<(int Index, AttendeeRow Row)> AnsweredAttendees() =>
        Attendees.Select((row, index) => (index, row)).Where(a => a.row.PersonId is null ? !a.row.IsBlank : a.row.Attendance is { Length: > 0 });

    [GeneratedRegex(@"^Attendees\[(\d+)\](.*)$")]
    private static partial Regex AttendeeField();

    [GeneratedRegex(@"^(Updates|People)\[([0-9a-fA-F-]{36})\](\.\w+)?$")]
    private static partial Regex PersonField();
}

/// <summary>An attendee: an allocated worker (by person), or anyone else by name and role.</summary>
public sealed class AttendeeRow
{
    public Guid? PersonId { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    /// <summary>Attended or SentApologies.</summary>
    public string? Attendance { get; set; }

    /// <summary>The worker's name, for a row of an allocated worker.</summary>
    [BindNever]
    public string? DisplayName { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrEmpty(Attendance);
}

public sealed class UpdateRow
{
    public Guid ChapterPersonId { get; set; }

    public string? Text { get; set; }

    [BindNever]
    public string Title { get; set; } = string.Empty;
}

public sealed class MeaningRow
{
    public Guid MemberId { get; set; }

    public string? Meaning { get; set; }

    [BindNever]
    public string Name { get; set; } = string.Empty;
}

public sealed class StageRow
{
    public Guid MemberId { get; set; }

    /// <summary>The stage of change by its exact name.</summary>
    public string? Stage { get; set; }

    [BindNever]
    public string Name { get; set; } = string.Empty;
}

/// <summary>An action row. The server gives the action its id when the record is signed off.</summary>
public sealed class ActionRow
{
    public string? What { get; set; }

    public string? OwnerPersonId { get; set; }

    public DateInput DueOn { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(What) && string.IsNullOrEmpty(OwnerPersonId) && (DueOn?.IsEmpty ?? true);
}

/// <summary>What must be parsed before the record can be built: dates, choices and ids. Lengths and what a sign-off needs are the domain's rules.</summary>
public sealed class RecordFormValidator : AbstractValidator<RecordForm>
{
    public RecordFormValidator()
    {
        RuleFor(f => f.HeldOn).OptionalDate("the date it was held");
        RuleFor(f => f.NextSupervisionOn).OptionalDate("the date of the next supervision");
        RuleFor(f => f.Decision).Must(d => string.IsNullOrEmpty(d) || RecordForm.DecisionOf(d) is not null).WithMessage("Select the decision");
        RuleForEach(f => f.Attendees).ChildRules(a =>
            a.RuleFor(r => r.Attendance).Must(v => string.IsNullOrEmpty(v) || RecordForm.AttendanceOf(v) is not null)
                .WithMessage("Select whether they attended or sent apologies"));
        RuleForEach(f => f.Adults).ChildRules(a =>
            a.RuleFor(r => r.Stage).Must(s => string.IsNullOrEmpty(s) || SummaryFormValidator.StageOf(s) is not null)
                .WithMessage(r => $"Select {r.Name}'s stage of change"));
        RuleForEach(f => f.Actions).ChildRules(a =>
        {
            a.RuleFor(r => r.DueOn).OptionalDate("the date the action is due");
            a.RuleFor(r => r.OwnerPersonId).Must(o => string.IsNullOrEmpty(o) || Guid.TryParse(o, out _))
                .WithMessage("Select who is responsible for the action");
        });
    }
}

/// <summary>How the supervision pages read dates and choices.</summary>
public static class SupervisionDisplay
{
    public static string When(DateOnly on, TimeOnly at) => $"{WorkbookDisplay.Day(on)} at {SupervisionTimes.Show(at)}";

    public static string StatusTag(SupervisionStatus status) => status switch
    {
        SupervisionStatus.SignedOff => "govuk-tag--green",
        SupervisionStatus.Cancelled => "govuk-tag--grey",
        _ => "govuk-tag--blue",
    };

    public static string ActionTag(ActionState state) => state switch
    {
        ActionState.Done => "govuk-tag--green",
        ActionState.Cancelled => "govuk-tag--grey",
        _ => "govuk-tag--blue",
    };
}
