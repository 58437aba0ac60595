using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Domain;
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
public sealed class OrganisationsController(OrganisationService organisations) : Controller
{
    private static readonly string[] FormFields = [nameof(OrganisationForm.Name), nameof(OrganisationForm.Kind)];

    [HttpGet("/organisations")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await organisations.ListAsync(ct));

    [HttpGet("/organisations/new")]
    public IActionResult Create() => View("OrganisationForm", new OrganisationForm());

    [HttpPost("/organisations/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Create(OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, CancellationToken ct)
    {
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("OrganisationForm", form);
        }

        try
        {
            await organisations.CreateAsync(User.ToActor(), form.ToInput(), ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return View("OrganisationForm", form);
        }

        TempData["Notice"] = $"{form.Name!.Trim()} has been added.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/organisations/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var organisation = await organisations.GetForEditAsync(id, ct);
        return View("OrganisationForm", new OrganisationForm { OrganisationId = id, Name = organisation.Name, Kind = organisation.Kind.ToString(), Version = organisation.Version });
    }

    [HttpPost("/organisations/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, CancellationToken ct)
    {
        form.OrganisationId = id;
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("OrganisationForm", form);
        }

        try
        {
            await organisations.UpdateAsync(User.ToActor(), id, form.ToInput(), form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return View("OrganisationForm", form);
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = await organisations.GetForEditAsync(id, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return View("OrganisationForm", form);
        }

        TempData["Notice"] = "The organisation has been updated.";
        return RedirectToAction(nameof(Index));
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
