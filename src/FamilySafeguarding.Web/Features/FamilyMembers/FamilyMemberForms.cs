using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.FamilyMembers;

/// <summary>What every form about a family's members shows at the top: the family, and the member it is about.</summary>
public abstract class FamilyMemberFormBase
{
    [BindNever]
    public FamilyHeader Header { get; set; } = default!;

    [BindNever]
    public MemberDetail? Member { get; set; }
}

/// <summary>An enum chosen on a form by its exact name ("ChildInNeedPlan"); anything else is no choice.</summary>
public static class Choice
{
    public static TEnum? Of<TEnum>(string? name)
        where TEnum : struct, Enum =>
        name is not null && Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<TEnum>(name) : null;

    public static IReadOnlyList<SelectListItem> Items<TEnum>(IEnumerable<TEnum> values, Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        [.. values.Select(v => new SelectListItem(text(v), v.ToString()))];
}

/// <summary>A member's details, as typed. Every value is kept as text so a mistake is shown back unchanged.</summary>
public sealed class MemberForm : FamilyMemberFormBase
{
    public const string Yes = "true";
    public const string No = "false";

    public string? FullName { get; set; }

    public string? PreferredName { get; set; }

    /// <summary>The role's name, for example "Mother".</summary>
    public string? Role { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    public DateInput ExpectedDateOfDelivery { get; set; } = new();

    public string? Gender { get; set; }

    public string? Ethnicity { get; set; }

    public string? FirstLanguage { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? NhsNumber { get; set; }

    public string? School { get; set; }

    /// <summary>"true" or "false".</summary>
    public string? LivesInHousehold { get; set; }

    public Guid Version { get; set; }

    /// <summary>What someone else saved, shown beside the user's own values after a conflict.</summary>
    [BindNever]
    public MemberDetail? Conflict { get; set; }

    public static IReadOnlyList<SelectListItem> RoleOptions { get; } = Choice.Items(Enum.GetValues<FamilyRole>(), r => r.DisplayName());

    public static IReadOnlyList<SelectListItem> GenderOptions { get; } = Choice.Items(Enum.GetValues<Gender>(), g => g.DisplayName());

    public static IReadOnlyList<SelectListItem> YesNoOptions { get; } = [new("Yes", Yes), new("No", No)];

    /// <summary>The ethnic groups of the 2021 census in England and Wales (ONS), in its groups, and the value this member already has if it is not one of them.</summary>
    public IReadOnlyList<SelectListItem> EthnicityOptions
    {
        get
        {
            var options = Ethnicities.All.ToList();
            if (!string.IsNullOrWhiteSpace(Ethnicity) && !options.Any(o => o.Value == Ethnicity))
            {
                options.Insert(0, new SelectListItem(Ethnicity, Ethnicity));
            }

            return options;
        }
    }

    public static MemberForm From(MemberDetail member) => new()
    {
        Member = member,
        FullName = member.FullName,
        PreferredName = member.PreferredName,
        Role = member.Role.ToString(),
        DateOfBirth = DateInput.From(member.DateOfBirth),
        ExpectedDateOfDelivery = DateInput.From(member.ExpectedDateOfDelivery),
        Gender = member.Gender.ToString(),
        Ethnicity = member.Ethnicity,
        FirstLanguage = member.FirstLanguage,
        InterpreterNeeded = member.InterpreterNeeded,
        NhsNumber = member.NhsNumber is { } n ? Domain.Families.NhsNumber.Format(n) : null,
        School = member.School,
        LivesInHousehold = member.LivesInHousehold ? Yes : No,
        Version = member.Version,
    };

    /// <summary>The validated form as the domain takes it. Call only when the form is valid.</summary>
    public MemberDetails ToDetails() => new()
    {
        FullName = FullName,
        PreferredName = PreferredName,
        Role = Choice.Of<FamilyRole>(Role) ?? throw new InvalidOperationException("The form has not been validated."),
        DateOfBirth = DateOfBirth.ToDate(),
        ExpectedDateOfDelivery = ExpectedDateOfDelivery.ToDate(),
        Gender = Choice.Of<Gender>(Gender) ?? throw new InvalidOperationException("The form has not been validated."),
        Ethnicity = Ethnicity,
        FirstLanguage = FirstLanguage,
        InterpreterNeeded = InterpreterNeeded,
        NhsNumber = NhsNumber,
        School = School,
        LivesInHousehold = LivesInHousehold == Yes,
    };

    /// <summary>The fields a domain refusal may name.</summary>
    public static readonly string[] Fields =
    [
        nameof(FullName), nameof(PreferredName), nameof(Role), nameof(DateOfBirth), nameof(ExpectedDateOfDelivery), nameof(Gender),
        nameof(Ethnicity), nameof(FirstLanguage), nameof(NhsNumber), nameof(School), nameof(LivesInHousehold),
    ];
}

public sealed class MemberFormValidator : AbstractValidator<MemberForm>
{
    public MemberFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(FamilyMember.NameMaxLength).WithMessage($"The full name must be {FamilyMember.NameMaxLength} characters or fewer");
        RuleFor(f => f.PreferredName).MaximumLength(FamilyMember.PreferredNameMaxLength).WithMessage($"The preferred name must be {FamilyMember.PreferredNameMaxLength} characters or fewer");
        RuleFor(f => f.Role).Must(r => Choice.Of<FamilyRole>(r) is not null).WithMessage("Select the person's role in the family");
        RuleFor(f => f.DateOfBirth).OptionalDate("the date of birth");
        RuleFor(f => f.ExpectedDateOfDelivery).OptionalDate("the expected date of delivery");
        RuleFor(f => f.DateOfBirth)
            .Must(d => !d.IsEmpty)
            .When(f => f.Role == nameof(FamilyRole.Child) && f.ExpectedDateOfDelivery.IsEmpty)
            .WithMessage("Enter the child's date of birth, or the expected date of delivery if the baby is not born yet");
        RuleFor(f => f.ExpectedDateOfDelivery)
            .Must(d => d.IsEmpty)
            .When(f => !f.DateOfBirth.IsEmpty)
            .WithMessage("Enter a date of birth or an expected date of delivery, not both");
        RuleFor(f => f.Gender).Must(g => Choice.Of<Gender>(g) is not null).WithMessage("Select the person's gender");
        RuleFor(f => f.Ethnicity).MaximumLength(FamilyMember.EthnicityMaxLength).WithMessage($"The ethnicity must be {FamilyMember.EthnicityMaxLength} characters or fewer");
        RuleFor(f => f.FirstLanguage).MaximumLength(FamilyMember.LanguageMaxLength).WithMessage($"The first language must be {FamilyMember.LanguageMaxLength} characters or fewer");
        RuleFor(f => f.NhsNumber)
            .Must(n => Domain.Families.NhsNumber.Normalise(n) is not null)
            .When(f => !string.IsNullOrWhiteSpace(f.NhsNumber))
            .WithMessage("Enter a valid NHS number: 10 digits, like 943 476 5919");
        RuleFor(f => f.School).MaximumLength(FamilyMember.SchoolMaxLength).WithMessage($"The school must be {FamilyMember.SchoolMaxLength} characters or fewer");
        RuleFor(f => f.LivesInHousehold).Must(v => v is MemberForm.Yes or MemberForm.No).WithMessage("Select whether they live in the household");
    }
}

/// <summary>The ethnic groups of the 2021 census in England and Wales (Office for National Statistics), grouped as the census groups them.</summary>
public static class Ethnicities
{
    private static readonly (string Group, string[] Options)[] Groups =
    [
        ("Asian, Asian British or Asian Welsh", ["Bangladeshi", "Chinese", "Indian", "Pakistani", "Any other Asian background"]),
        ("Black, Black British, Black Welsh, Caribbean or African", ["African", "Caribbean", "Any other Black, Black British or Caribbean background"]),
        ("Mixed or Multiple ethnic groups", ["White and Asian", "White and Black African", "White and Black Caribbean", "Any other Mixed or Multiple ethnic background"]),
        ("White", ["English, Welsh, Scottish, Northern Irish or British", "Irish", "Gypsy or Irish Traveller", "Roma", "Any other White background"]),
        ("Other ethnic group", ["Arab", "Any other ethnic group"]),
        ("Not recorded", ["Not yet known", "Declined to say"]),
    ];

    public static IReadOnlyList<SelectListItem> All { get; } =
        [.. Groups.SelectMany(g => { var group = new SelectListGroup { Name = g.Group }; return g.Options.Select(o => new SelectListItem(o, o) { Group = group }); })];
}

public sealed class LegalStatusForm : FamilyMemberFormBase
{
    /// <summary>The kind's name, for example "ChildProtectionPlan".</summary>
    public string? Kind { get; set; }

    /// <summary>The Child Protection plan's category's name, for example "Neglect".</summary>
    public string? Category { get; set; }

    public DateInput StartDate { get; set; } = new();

    public static IReadOnlyList<SelectListItem> KindOptions { get; } = Choice.Items(Enum.GetValues<LegalStatusKind>(), k => k.DisplayName());

    public static IReadOnlyList<SelectListItem> CategoryOptions { get; } = Choice.Items(Enum.GetValues<ChildProtectionCategory>(), c => c.DisplayName());
}

public sealed class LegalStatusFormValidator : AbstractValidator<LegalStatusForm>
{
    public LegalStatusFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => Choice.Of<LegalStatusKind>(k) is not null).WithMessage("Select the legal status");
        RuleFor(f => f.Category)
            .Must(c => Choice.Of<ChildProtectionCategory>(c) is not null)
            .When(f => f.Kind == nameof(LegalStatusKind.ChildProtectionPlan))
            .WithMessage("Select the category of the Child Protection plan");
        RuleFor(f => f.StartDate).RequiredDate("the start date");
    }
}

public sealed class EndLegalStatusForm : FamilyMemberFormBase
{
    public DateInput EndDate { get; set; } = new();

    /// <summary>The reason's name, for example "OutcomesAchieved".</summary>
    public string? Reason { get; set; }

    [BindNever]
    public EpisodeToEnd Episode { get; set; } = default!;

    public static IReadOnlyList<SelectListItem> ReasonOptions { get; } = Choice.Items(FamilyNames.ChoosableEndReasons, r => r.DisplayName());
}

public sealed class EndLegalStatusFormValidator : AbstractValidator<EndLegalStatusForm>
{
    public EndLegalStatusFormValidator()
    {
        RuleFor(f => f.EndDate).RequiredDate("the end date");
        RuleFor(f => f.Reason)
            .Must(r => Choice.Of<EpisodeEndReason>(r) is { } reason && FamilyNames.ChoosableEndReasons.Contains(reason))
            .WithMessage("Select why the episode ended");
    }
}

public sealed class WorryForm : FamilyMemberFormBase
{
    /// <summary>The worry's name, for example "MentalHealth".</summary>
    public string? Kind { get; set; }

    public DateInput IdentifiedOn { get; set; } = new();

    public static IReadOnlyList<SelectListItem> KindOptions { get; } = Choice.Items(Enum.GetValues<WorryKind>(), k => k.DisplayName());
}

public sealed class WorryFormValidator : AbstractValidator<WorryForm>
{
    public WorryFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => Choice.Of<WorryKind>(k) is not null).WithMessage("Select the worry");
        RuleFor(f => f.IdentifiedOn).RequiredDate("the date it was identified");
    }
}

public sealed class EndWorryForm : FamilyMemberFormBase
{
    public DateInput EndedOn { get; set; } = new();

    [BindNever]
    public WorryRow Worry { get; set; } = default!;
}

public sealed class EndWorryFormValidator : AbstractValidator<EndWorryForm>
{
    public EndWorryFormValidator()
    {
        RuleFor(f => f.EndedOn).RequiredDate("the date it ended");
    }
}

public sealed class RelationshipForm : FamilyMemberFormBase
{
    public Guid? FromMemberId { get; set; }

    /// <summary>The kind's name, for example "ParentOf".</summary>
    public string? Kind { get; set; }

    public Guid? ToMemberId { get; set; }

    public bool ParentalResponsibility { get; set; }

    public string? Description { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> MemberOptions { get; set; } = [];

    public static IReadOnlyList<SelectListItem> KindOptions { get; } = Choice.Items(Enum.GetValues<RelationshipKind>(), k => k.DisplayName());

    public static readonly string[] Fields = [nameof(FromMemberId), nameof(Kind), nameof(ToMemberId), nameof(ParentalResponsibility), nameof(Description)];
}

public sealed class RelationshipFormValidator : AbstractValidator<RelationshipForm>
{
    public RelationshipFormValidator()
    {
        RuleFor(f => f.FromMemberId).NotEmpty().WithMessage("Select the first person");
        RuleFor(f => f.Kind).Must(k => Choice.Of<RelationshipKind>(k) is not null).WithMessage("Select how they are related");
        RuleFor(f => f.ToMemberId).NotEmpty().WithMessage("Select the second person");
        RuleFor(f => f.ToMemberId).NotEqual(f => f.FromMemberId).When(f => f.FromMemberId is not null).WithMessage("Select two different people");
        RuleFor(f => f.Description).NotEmpty().When(f => f.Kind == nameof(RelationshipKind.Other)).WithMessage("Enter what the relationship is");
        RuleFor(f => f.Description).MaximumLength(Relationship.DescriptionMaxLength).WithMessage($"The description must be {Relationship.DescriptionMaxLength} characters or fewer");
    }
}
