using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Organisations;

/// <summary>The employing organisations: the council and its partner agencies. Administrators only.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class OrganisationsController(OrganisationQueries queries, OrganisationService organisations) : Controller
{
    private const string Root = OrganisationLinks.Root;

    private static readonly string[] FormFields = [nameof(OrganisationForm.Name), nameof(OrganisationForm.Kind)];

    [HttpGet(Root)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ListAsync(ct));

    [HttpGet(Root + "/new")]
    public IActionResult Create() => View("OrganisationForm", new OrganisationForm());

    /// <summary>A new organisation's form needs nothing read to be shown again.</summary>
    [HttpPost(Root + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Create(OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await organisations.CreateAsync(User.ToActor(), form.ToInput(), ct);
                return this.Saved($"{form.Name!.Trim()} has been added.", OrganisationLinks.Organisations());
            },
            showAgain: () => Task.FromResult<IActionResult>(View("OrganisationForm", form)),
            ct,
            FormFields);

    [HttpGet(Root + "/{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, CancellationToken ct) => ShowEditFormAsync(id, null, ct);

    [HttpPost(Root + "/{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await organisations.UpdateAsync(User.ToActor(), id, form.ToInput(), form.Version, ct);
                return this.Saved("The organisation has been updated.", OrganisationLinks.Organisations());
            },
            showAgain: () => ShowEditFormAsync(id, form, ct, conflict),
            ct,
            FormFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    /// <summary>
    /// The edit form. Opened afresh (<paramref name="form"/> null) it starts from the organisation as saved; shown again it
    /// keeps what was typed, which needs nothing read, except after a clash with someone else's save: then it reads theirs,
    /// shows it beside what was typed and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowEditFormAsync(Guid id, OrganisationForm? form, CancellationToken ct, bool conflict = false)
    {
        if (form is null || conflict)
        {
            var saved = await queries.FormAsync(User.ToActor(), id, ct);
            form ??= new OrganisationForm { Name = saved.Name, Kind = saved.Kind.ToString(), Version = saved.Version };
            if (conflict)
            {
                form.Conflict = saved;
                form.Version = saved.Version;
            }
        }

        form.OrganisationId = id;
        return View("OrganisationForm", form);
    }
}

public sealed class OrganisationForm
{
    public string? Name { get; set; }

    /// <summary>The kind's name, for example "NhsTrust".</summary>
    public string? Kind { get; set; }

    public Guid Version { get; set; }

    [BindNever]
    public Guid? OrganisationId { get; set; }

    [BindNever]
    public OrganisationForEdit? Conflict { get; set; }

    public static IReadOnlyList<SelectListItem> KindOptions { get; } =
        OrganisationKinds.All.Select(k => new SelectListItem(k.DisplayName(), k.ToString())).ToList();

    public OrganisationInput ToInput() => new() { Name = Name, Kind = Enum.Parse<OrganisationKind>(Kind!) };
}

public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the organisation's name")
            .MaximumLength(Organisation.NameMaxLength).WithMessage($"The name must be {Organisation.NameMaxLength} characters or fewer");
        RuleFor(f => f.Kind).Must(k => Enum.GetNames<OrganisationKind>().Contains(k, StringComparer.Ordinal))
            .WithMessage("Select the kind of organisation");
    }
}
