using System.Globalization;
using System.Text.RegularExpressions;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.Web.Features.SupervisionSchedule;

/// <summary>
/// The schedule and reschedule form: a day (GOV.UK date input) and a time typed as "HH:MM", both kept exactly as typed.
/// A reschedule carries the version of the supervision the form was opened at.
/// </summary>
public sealed partial class ScheduleForm
{
    public DateInput ScheduledOn { get; set; } = new();

    public string? ScheduledAt { get; set; }

    /// <summary>For a reschedule: the supervision's version when the form was opened.</summary>
    public Guid? Version { get; set; }

    [BindNever]
    public FamilyHeader Header { get; set; } = default!;

    /// <summary>Where the family stands: due date, last held, next scheduled. Null for a closed case.</summary>
    [BindNever]
    public FamilySupervisionDue? Due { get; set; }

    /// <summary>For a reschedule: the supervision being moved.</summary>
    [BindNever]
    public SupervisionToChange? Supervision { get; set; }

    /// <summary>After a clash: the supervision as someone else saved it since the form was opened.</summary>
    [BindNever]
    public SupervisionToChange? Conflict { get; set; }

    public bool IsReschedule => Supervision is not null;

    public TimeOnly? Time() => ParseTime(ScheduledAt);

    public static ScheduleForm For(SupervisionToChange supervision) => new()
    {
        ScheduledOn = DateInput.From(supervision.ScheduledOn),
        ScheduledAt = SupervisionTimes.Show(supervision.ScheduledAt),
        Version = supervision.Version,
        Supervision = supervision,
    };

    /// <summary>"14:30", "9:05" or "09.05" as a time of day; null for anything else.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        var match = text is null ? null : TimePattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^\s*(\d{1,2})[:.](\d{2})\s*$")]
    private static partial Regex TimePattern();
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator()
    {
        RuleFor(f => f.ScheduledOn).RequiredDate("the date of the supervision");
        RuleFor(f => f.ScheduledAt)
            .NotEmpty().WithMessage("Enter the time of the supervision")
            .Must(t => ScheduleForm.ParseTime(t) is not null).WithMessage("Enter the time as hours and minutes on the 24-hour clock, for example 14:30")
            .When(f => !string.IsNullOrWhiteSpace(f.ScheduledAt), ApplyConditionTo.CurrentValidator);
    }
}

/// <summary>The cancel confirmation page.</summary>
public sealed record CancelSupervisionModel(FamilyHeader Header, SupervisionToChange Supervision);

/// <summary>The team's supervision list page.</summary>
public sealed record TeamSupervisionsModel(TeamSupervisionList List)
{
    public string PageLink(int page) => SupervisionLinks.TeamList(List.TeamId, List.OverdueOnly, page);
}
