using FamilySafeguarding.Application.Actions;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Actions;

public sealed record MyActionsModel(MyActions Mine);

public sealed record FamilyActionsModel(FamilyHeader Header, Page<ActionRow> Actions);

/// <summary>One action, its history, and which of its forms the actor may use.</summary>
public sealed record ActionModel(FamilyHeader Header, ActionDetail Action, bool MayMarkDone, bool MayManage);

/// <summary>What every action form shows above its fields: the family and the action as it stands now.</summary>
public abstract class ActionForm
{
    /// <summary>The action's version when the form was opened; a save after someone else changed it is a conflict.</summary>
    public Guid Version { get; set; }

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public ActionDetail? Action { get; set; }
}

/// <summary>The owner marks the action done: the day (today unless changed) and a short note.</summary>
public sealed class DoneForm : ActionForm
{
    public DateInput DoneOn { get; set; } = new();

    public string? Note { get; set; }
}

/// <summary>A manager cancels the action, with a reason.</summary>
public sealed class CancelForm : ActionForm
{
    public string? Reason { get; set; }
}

/// <summary>A manager gives the action to someone else, or a new due date, with an optional reason.</summary>
public sealed class ChangeForm : ActionForm
{
    /// <summary>The new owner's person id, as posted.</summary>
    public string? OwnerPersonId { get; set; }

    public DateInput DueOn { get; set; } = new();

    public string? Reason { get; set; }

    [BindNever]
    public IReadOnlyList<OwnerChoice> Owners { get; set; } = [];

    public Guid? Owner => Guid.TryParse(OwnerPersonId, out var id) ? id : null;

    public IEnumerable<SelectListItem> OwnerOptions => Owners.Select(o => new SelectListItem($"{o.Name} ({o.Role.DisplayName()})", o.PersonId.ToString()));
}

public sealed class DoneFormValidator : AbstractValidator<DoneForm>
{
    public DoneFormValidator()
    {
        RuleFor(f => f.DoneOn).RequiredDate("the date it was done");
        RuleFor(f => f.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter a short note on what was done");
        RuleFor(f => f.Note).Must(n => ActionFormRules.FitsNote(n)).WithMessage($"The note must be {FamilyAction.NoteMaxLength} characters or fewer");
    }
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator()
    {
        RuleFor(f => f.Reason).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter why the action is cancelled");
        RuleFor(f => f.Reason).Must(n => ActionFormRules.FitsNote(n)).WithMessage($"The reason must be {FamilyAction.NoteMaxLength} characters or fewer");
    }
}

public sealed class ChangeFormValidator : AbstractValidator<ChangeForm>
{
    public ChangeFormValidator()
    {
        RuleFor(f => f.OwnerPersonId).Must(o => Guid.TryParse(o, out var id) && id != Guid.Empty).WithMessage("Select who is responsible for the action");
        RuleFor(f => f.DueOn).RequiredDate("the date the action is due");
        RuleFor(f => f.Reason).Must(n => ActionFormRules.FitsNote(n)).WithMessage($"The reason must be {FamilyAction.NoteMaxLength} characters or fewer");
    }
}

public static class ActionFormRules
{
    /// <summary>A note's length as it is stored (trimmed).</summary>
    public static bool FitsNote(string? text) => (text?.Trim().Length ?? 0) <= FamilyAction.NoteMaxLength;
}

/// <summary>How an action's state reads as a GOV.UK tag.</summary>
public static class ActionTags
{
    public static (string Text, string Class) For(ActionState state, bool overdue, bool dueSoon) => state switch
    {
        ActionState.Done => ("Done", "govuk-tag--green"),
        ActionState.Cancelled => ("Cancelled", "govuk-tag--grey"),
        _ when overdue => ("Overdue", "govuk-tag--red"),
        _ when dueSoon => ("Due soon", "govuk-tag--yellow"),
        _ => ("Open", "govuk-tag--blue"),
    };

    public static (string Text, string Class) For(ActionRow row) => For(row.State, row.IsOverdue, row.IsDueSoon);
}

/// <summary>A table of actions: "My actions" shows each one's family, a family's list shows who is responsible.</summary>
public sealed record ActionsTableModel(string Id, string Caption, IReadOnlyList<ActionRow> Rows, bool ShowFamily, bool ShowOwner);
