using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Allocations;

public sealed record WorkersModel(FamilyHeader Header, FamilyAllocations Allocations);

public sealed class AllocateForm
{
    public static IReadOnlyList<SelectListItem> RoleOptions { get; } =
        [.. Enum.GetValues<AllocationRole>().Select(r => new SelectListItem(r.DisplayName(), r.ToString()))];

    public Guid? PersonId { get; set; }

    /// <summary>The role on the family, as the enum's exact name.</summary>
    public string? Role { get; set; }

    public DateInput StartDate { get; set; } = new();

    public List<Guid> AdultIds { get; set; } = [];

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Workers { get; set; } = [];

    [BindNever]
    public IReadOnlyList<MemberChoice> Adults { get; set; } = [];

    public NewAllocation ToInput() => new()
    {
        PersonId = PersonId!.Value,
        Role = Enum.Parse<AllocationRole>(Role!),
        StartDate = StartDate.ToDate()!.Value,
        AdultMemberIds = AdultIds,
    };
}

public sealed class AllocateFormValidator : AbstractValidator<AllocateForm>
{
    public AllocateFormValidator()
    {
        RuleFor(f => f.PersonId).NotEmpty().WithMessage("Select the worker");
        RuleFor(f => f.Role).Must(r => Enum.GetNames<AllocationRole>().Contains(r, StringComparer.Ordinal))
            .WithMessage("Select the worker's role on the family");
        RuleFor(f => f.StartDate).RequiredDate("the date the allocation starts");
    }
}

public sealed class EndAllocationForm
{
    public DateInput EndDate { get; set; } = new();

    [BindNever]
    public FamilyHeader? Header { get; set; }

    [BindNever]
    public AllocationToEnd? Allocation { get; set; }
}

public sealed class EndAllocationFormValidator : AbstractValidator<EndAllocationForm>
{
    public EndAllocationFormValidator()
    {
        RuleFor(f => f.EndDate).RequiredDate("the date the allocation ends");
    }
}
