using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Families;

public sealed class OpenFamilyForm
{
    public string? DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    public Guid? LeadPersonId { get; set; }

    public DateInput OpenedOn { get; set; } = new();

    [BindNever]
    public IReadOnlyList<SelectListItem> TeamOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> LeadOptions { get; set; } = [];
}

public sealed class OpenFamilyFormValidator : AbstractValidator<OpenFamilyForm>
{
    public OpenFamilyFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the family's name")
            .MaximumLength(Family.DisplayNameMaxLength).WithMessage($"The family's name must be {Family.DisplayNameMaxLength} characters or fewer");
        RuleFor(f => f.TeamId).NotEmpty().WithMessage("Select the team that holds the family");
        RuleFor(f => f.LeadPersonId).NotEmpty().WithMessage("Select the lead social worker");
        RuleFor(f => f.OpenedOn).RequiredDate("the date the case opened");
    }
}

public sealed class EditFamilyForm
{
    public string? DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>The family's version when the form was opened; a later save by someone else is a conflict.</summary>
    public Guid Version { get; set; }

    /// <summary>The family's header, above the form.</summary>
    [BindNever]
    public FamilyHeader Header { get; set; } = default!;

    [BindNever]
    public IReadOnlyList<SelectListItem> TeamOptions { get; set; } = [];

    [BindNever]
    public FamilyForEdit? Conflict { get; set; }
}

public sealed class EditFamilyFormValidator : AbstractValidator<EditFamilyForm>
{
    public EditFamilyFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the family's name")
            .MaximumLength(Family.DisplayNameMaxLength).WithMessage($"The family's name must be {Family.DisplayNameMaxLength} characters or fewer");
        RuleFor(f => f.TeamId).NotEmpty().WithMessage("Select the team that holds the family");
    }
}

public sealed class CloseFamilyForm
{
    public DateInput ClosedOn { get; set; } = new();

    /// <summary>The <see cref="ClosureReason"/>'s exact name.</summary>
    public string? Reason { get; set; }

    public string? Detail { get; set; }

    /// <summary>The family's header, above the form.</summary>
    [BindNever]
    public FamilyHeader Header { get; set; } = default!;

    [BindNever]
    public IReadOnlyList<string> OpenStatuses { get; set; } = [];

    public static IReadOnlyList<SelectListItem> ReasonOptions { get; } =
        [.. Enum.GetValues<ClosureReason>().Select(r => new SelectListItem(r.DisplayName(), r.ToString()))];
}

public sealed class CloseFamilyFormValidator : AbstractValidator<CloseFamilyForm>
{
    public CloseFamilyFormValidator()
    {
        RuleFor(f => f.ClosedOn).RequiredDate("the closing date");
        RuleFor(f => f.Reason).Must(r => Enum.GetNames<ClosureReason>().Contains(r, StringComparer.Ordinal)).WithMessage("Select why the case is closing");
        RuleFor(f => f.Detail).NotEmpty().When(f => f.Reason == nameof(ClosureReason.Other)).WithMessage("Enter why the case is closing");
        RuleFor(f => f.Detail).MaximumLength(FamilyOpening.ClosureDetailMaxLength)
            .WithMessage($"More about the closure must be {FamilyOpening.ClosureDetailMaxLength} characters or fewer");
    }
}

public sealed class ReopenFamilyForm
{
    public DateInput OpenedOn { get; set; } = new();

    public Guid? LeadPersonId { get; set; }

    /// <summary>The family's header, above the form.</summary>
    [BindNever]
    public FamilyHeader Header { get; set; } = default!;

    [BindNever]
    public IReadOnlyList<SelectListItem> LeadOptions { get; set; } = [];
}

public sealed class ReopenFamilyFormValidator : AbstractValidator<ReopenFamilyForm>
{
    public ReopenFamilyFormValidator()
    {
        RuleFor(f => f.OpenedOn).RequiredDate("the date the case reopens");
        RuleFor(f => f.LeadPersonId).NotEmpty().WithMessage("Select the lead social worker");
    }
}
