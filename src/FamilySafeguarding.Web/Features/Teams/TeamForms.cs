using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Teams;

public sealed class ServiceForm
{
    public string? Name { get; set; }

    public Guid? ServiceManagerId { get; set; }

    /// <summary>The version of the service when the form was opened; a later save by someone else is a conflict.</summary>
    public Guid Version { get; set; }

    [BindNever]
    public Guid? ServiceId { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> ManagerOptions { get; set; } = [];

    /// <summary>What someone else saved, shown beside the user's own values after a conflict.</summary>
    [BindNever]
    public ServiceForEdit? Conflict { get; set; }

    [BindNever]
    public string? ConflictManagerName { get; set; }
}

public sealed class ServiceFormValidator : AbstractValidator<ServiceForm>
{
    public ServiceFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the service's name")
            .MaximumLength(Service.NameMaxLength).WithMessage($"The service's name must be {Service.NameMaxLength} characters or fewer");
    }
}

public sealed class TeamForm
{
    public string? Name { get; set; }

    public string? Locality { get; set; }

    public Guid Version { get; set; }

    [BindNever]
    public Guid ServiceId { get; set; }

    [BindNever]
    public string ServiceName { get; set; } = string.Empty;

    [BindNever]
    public Guid? TeamId { get; set; }

    [BindNever]
    public TeamForEdit? Conflict { get; set; }
}

public sealed class TeamFormValidator : AbstractValidator<TeamForm>
{
    public TeamFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the team's name")
            .MaximumLength(Team.NameMaxLength).WithMessage($"The team's name must be {Team.NameMaxLength} characters or fewer");
        RuleFor(f => f.Locality).NotEmpty().WithMessage("Enter the team's locality or office")
            .MaximumLength(Team.LocalityMaxLength).WithMessage($"The locality or office must be {Team.LocalityMaxLength} characters or fewer");
    }
}

public sealed class AddMemberForm
{
    public Guid? PersonId { get; set; }

    public DateInput StartDate { get; set; } = new();

    public DateInput EndDate { get; set; } = new();

    [BindNever]
    public Guid TeamId { get; set; }

    [BindNever]
    public string TeamName { get; set; } = string.Empty;

    [BindNever]
    public IReadOnlyList<SelectListItem> Candidates { get; set; } = [];
}

public sealed class AddMemberFormValidator : AbstractValidator<AddMemberForm>
{
    public AddMemberFormValidator()
    {
        RuleFor(f => f.PersonId).NotEmpty().WithMessage("Select the person or vacant post to add");
        RuleFor(f => f.StartDate).RequiredDate("the date they join the team");
        RuleFor(f => f.EndDate).OptionalDate("the date they leave the team");
        RuleFor(f => f.EndDate)
            .Must((form, end) => end.ToDate() >= form.StartDate.ToDate())
            .When(f => f.StartDate.ToDate() is not null && f.EndDate.ToDate() is not null)
            .WithMessage("The date they leave must be the same as or after the date they join");
    }
}

public sealed class EndMembershipForm
{
    public DateInput EndDate { get; set; } = new();

    [BindNever]
    public MembershipToEnd? Membership { get; set; }
}

public sealed class EndMembershipFormValidator : AbstractValidator<EndMembershipForm>
{
    public EndMembershipFormValidator()
    {
        RuleFor(f => f.EndDate).RequiredDate("the last day in the team");
    }
}
