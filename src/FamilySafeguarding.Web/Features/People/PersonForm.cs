using System.Globalization;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.People;

/// <summary>A post and the person in it, as typed. Every value is kept as text so a mistake is shown back unchanged.</summary>
public sealed class PersonForm
{
    public const string Filled = "Filled";
    public const string Vacant = "Vacant";

    /// <summary>"Filled" or "Vacant".</summary>
    public string? PostStatus { get; set; }

    public string? FullName { get; set; }

    public string? WorkEmail { get; set; }

    /// <summary>The job role's name, for example "SocialWorker".</summary>
    public string? JobRole { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? Fte { get; set; }

    public DateInput StartDate { get; set; } = new();

    public DateInput EndDate { get; set; } = new();

    public Guid Version { get; set; }

    [BindNever]
    public Guid? PersonId { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> JobRoleOptions { get; set; } = [];

    /// <summary>What someone else saved, shown beside the user's own values after a conflict.</summary>
    [BindNever]
    public PersonDetail? Conflict { get; set; }

    public static IReadOnlyList<SelectListItem> StatusOptions { get; } =
    [
        new("Yes, someone is in this post", Filled),
        new("No, the post is vacant", Vacant),
    ];

    public static PersonForm From(PersonDetail person) => new()
    {
        PersonId = person.Id,
        PostStatus = person.IsVacancy ? Vacant : Filled,
        FullName = person.FullName,
        WorkEmail = person.WorkEmail,
        JobRole = person.Role.ToString(),
        OrganisationId = person.OrganisationId,
        Fte = person.Fte.ToString("0.##", CultureInfo.InvariantCulture),
        StartDate = DateInput.From(person.StartDate),
        EndDate = DateInput.From(person.EndDate),
        Version = person.Version,
    };

    public static bool TryParseFte(string? value, out decimal fte) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out fte);

    /// <summary>The validated form as the domain takes it. Call only when the form is valid.</summary>
    public PostDetails ToDetails()
    {
        if (!TryParseFte(Fte, out var fte))
        {
            throw new InvalidOperationException("The form has not been validated.");
        }

        var vacant = PostStatus == Vacant;
        return new PostDetails
        {
            IsVacancy = vacant,
            FullName = vacant ? null : FullName,
            WorkEmail = vacant ? null : WorkEmail,
            JobRole = Enum.Parse<JobRole>(JobRole!),
            OrganisationId = OrganisationId!.Value,
            Fte = fte,
            StartDate = StartDate.ToDate(),
            EndDate = EndDate.ToDate(),
        };
    }
}

public sealed class PersonFormValidator : AbstractValidator<PersonForm>
{
    public PersonFormValidator()
    {
        RuleFor(f => f.PostStatus).Must(s => s is PersonForm.Filled or PersonForm.Vacant).WithMessage("Select whether someone is in this post");
        When(f => f.PostStatus == PersonForm.Filled, () =>
        {
            RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the person's full name")
                .MaximumLength(Person.NameMaxLength).WithMessage($"The full name must be {Person.NameMaxLength} characters or fewer");
            RuleFor(f => f.WorkEmail).MaximumLength(Person.EmailMaxLength).WithMessage($"The email address must be {Person.EmailMaxLength} characters or fewer")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        });
        RuleFor(f => f.JobRole).Must(r => Enum.GetNames<JobRole>().Contains(r, StringComparer.Ordinal))
            .WithMessage("Select a job role");
        RuleFor(f => f.OrganisationId).NotEmpty().WithMessage("Select the employing organisation");
        RuleFor(f => f.Fte).NotEmpty().WithMessage("Enter the full-time equivalent (FTE), like 1 or 0.5");
        RuleFor(f => f.Fte)
            .Must(v => PersonForm.TryParseFte(v, out var fte) && fte >= Person.MinFte && fte <= Person.MaxFte && fte == decimal.Round(fte, 2))
            .When(f => !string.IsNullOrWhiteSpace(f.Fte))
            .WithMessage("FTE must be a number between 0.01 and 1, with up to 2 decimal places, like 0.5");
        RuleFor(f => f.StartDate).OptionalDate("the start date");
        RuleFor(f => f.EndDate).OptionalDate("the end date");
        RuleFor(f => f.EndDate)
            .Must((form, end) => end.ToDate() >= form.StartDate.ToDate())
            .When(f => f.StartDate.ToDate() is not null && f.EndDate.ToDate() is not null)
            .WithMessage("The end date must be the same as or after the start date");
    }
}

public sealed class CreateAccountForm
{
    public string? Email { get; set; }

    [BindNever]
    public PersonDetail? Person { get; set; }
}

public sealed class CreateAccountFormValidator : AbstractValidator<CreateAccountForm>
{
    public CreateAccountFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address the person signs in with")
            .MaximumLength(Person.EmailMaxLength).WithMessage($"The email address must be {Person.EmailMaxLength} characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
    }
}

/// <summary>The directory's filters, as they arrive in the query string.</summary>
public sealed class DirectoryQuery
{
    public string? Name { get; set; }

    public Discipline? Discipline { get; set; }

    public Guid? Organisation { get; set; }

    public Guid? Team { get; set; }

    public PostStatus Status { get; set; }

    public bool Ended { get; set; }

    public int Page { get; set; } = 1;

    public DirectoryFilter ToFilter() => new()
    {
        Name = Name,
        Discipline = Discipline,
        OrganisationId = Organisation,
        TeamId = Team,
        Status = Status,
        IncludeEnded = Ended,
        PageNumber = Page,
    };

    /// <summary>The directory's address with these filters on another page.</summary>
    public string LinkFor(int page)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("name", Name);
        Add("discipline", Discipline?.ToString());
        Add("organisation", Organisation?.ToString());
        Add("team", Team?.ToString());
        Add("status", Status == PostStatus.All ? null : Status.ToString());
        Add("ended", Ended ? "true" : null);
        Add("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "/people" : "/people?" + string.Join('&', parts);
    }
}
