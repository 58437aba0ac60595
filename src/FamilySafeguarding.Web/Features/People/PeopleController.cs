using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.People;

/// <summary>
/// The people directory (everyone signed in may read it), a person's page, adding and changing posts (administrators,
/// and service managers for their own service), and sign-in accounts (administrators only).
/// </summary>
public sealed class PeopleController(
    PeopleQueries queries,
    PeopleService people,
    OrganisationService organisations,
    TeamQueries teams,
    ManagementRights rights) : Controller
{
    private static readonly string[] FormFields =
    [
        nameof(PersonForm.PostStatus), nameof(PersonForm.FullName), nameof(PersonForm.WorkEmail), nameof(PersonForm.JobRole),
        nameof(PersonForm.OrganisationId), nameof(PersonForm.Fte), nameof(PersonForm.StartDate), nameof(PersonForm.EndDate),
    ];

    [HttpGet("/people")]
    public async Task<IActionResult> Index([FromQuery] DirectoryQuery query, CancellationToken ct)
    {
        var page = await queries.DirectoryAsync(query.ToFilter(), ct);
        var services = await teams.ServicesAsync(ct);
        var model = new DirectoryModel(
            query,
            page,
            await organisations.OptionsAsync(ct),
            services.SelectMany(s => s.Teams.Select(t => (t.Id, t.Name))).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList(),
            ManagementRights.MayManageSomething(User.ToActor()));
        return View(model);
    }

    [HttpGet("/people/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] Caseloads caseloads, CancellationToken ct)
    {
        var person = await queries.PersonAsync(id, ct);
        var actor = User.ToActor();
        var caseload = person.IsVacancy ? null : await caseloads.ForPersonAsync(id, ct);
        return View(new PersonDetailsModel(person, await rights.CanManagePersonAsync(actor, id, ct), actor.IsAdministrator, caseload));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/people/new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("PersonForm", await WithOptionsAsync(new PersonForm { PostStatus = PersonForm.Filled, Fte = "1" }, ct));

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/people/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Create(PersonForm form, [FromServices] IValidator<PersonForm> validator, CancellationToken ct)
    {
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("PersonForm", await WithOptionsAsync(form, ct));
        }

        Guid id;
        try
        {
            id = await people.CreateAsync(User.ToActor(), form.ToDetails(), ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return View("PersonForm", await WithOptionsAsync(form, ct));
        }

        TempData["Notice"] = form.PostStatus == PersonForm.Vacant ? "The vacant post has been added." : $"{form.FullName!.Trim()} has been added.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet("/people/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        await rights.EnsureCanManagePersonAsync(User.ToActor(), id, ct);
        return View("PersonForm", await WithOptionsAsync(PersonForm.From(await queries.PersonAsync(id, ct)), ct));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost("/people/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, PersonForm form, [FromServices] IValidator<PersonForm> validator, CancellationToken ct)
    {
        await rights.EnsureCanManagePersonAsync(User.ToActor(), id, ct);
        form.PersonId = id;
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View("PersonForm", await WithOptionsAsync(form, ct));
        }

        try
        {
            await people.UpdateAsync(User.ToActor(), id, form.ToDetails(), form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, FormFields);
            return View("PersonForm", await WithOptionsAsync(form, ct));
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = await queries.PersonAsync(id, ct);
            form.Version = form.Conflict.Version;
            ModelState.AddConflictError(ex);
            return View("PersonForm", await WithOptionsAsync(form, ct));
        }

        TempData["Notice"] = "The details have been updated.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpGet("/people/{id:guid}/account/new")]
    public async Task<IActionResult> CreateAccount(Guid id, CancellationToken ct)
    {
        var person = await queries.PersonAsync(id, ct);
        return View(new CreateAccountForm { Email = person.WorkEmail, Person = person });
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/new")]
    [ExactlyOnce]
    public async Task<IActionResult> CreateAccount(
        Guid id, CreateAccountForm form, [FromServices] IValidator<CreateAccountForm> validator, [FromServices] AccountService accounts, CancellationToken ct)
    {
        form.Person = await queries.PersonAsync(id, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return View(form);
        }

        try
        {
            await accounts.CreateAccountAsync(User.ToActor(), id, form.Email!, SetPasswordLink, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, nameof(CreateAccountForm.Email));
            return View(form);
        }

        TempData["Notice"] = "The sign-in account has been created and a set-password link has been emailed.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/send-link")]
    public Task<IActionResult> SendLink(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.SendSetPasswordLinkAsync(User.ToActor(), id, SetPasswordLink, ct), "A new set-password link has been emailed.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/disable")]
    public Task<IActionResult> DisableAccount(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.DisableAsync(User.ToActor(), id, ct), "The account has been disabled and its sessions have ended.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/enable")]
    public Task<IActionResult> EnableAccount(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.EnableAsync(User.ToActor(), id, ct), "The account has been enabled.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.ResetTwoFactorAsync(User.ToActor(), id, ct), "Two-factor authentication has been reset. They set up their authenticator app again when they next sign in.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost("/people/{id:guid}/account/end-sessions")]
    public Task<IActionResult> EndSessions(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.EndSessionsAsync(User.ToActor(), id, ct), "All their sessions have ended. They need to sign in again.");

    private async Task<IActionResult> AccountActionAsync(Guid id, Func<Task> action, string notice)
    {
        try
        {
            await action();
            TempData["Notice"] = notice;
        }
        catch (DomainRuleException ex)
        {
            TempData["Problem"] = ex.Message;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private string SetPasswordLink(Guid userId, string token) =>
        Url.Action(nameof(Account.AccountController.SetPassword), "Account", new { userId, token }, Request.Scheme, Request.Host.Value)
        ?? throw new InvalidOperationException("Could not build the set-password link.");

    private async Task<PersonForm> WithOptionsAsync(PersonForm form, CancellationToken ct)
    {
        form.OrganisationOptions = (await organisations.OptionsAsync(ct)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        var actor = User.ToActor();
        form.JobRoleOptions = JobRoles.All
            .Where(r => actor.IsAdministrator || r is not (JobRole.Administrator or JobRole.ServiceManager) || r.ToString() == form.JobRole)
            .Select(r => new SelectListItem(r.DisplayName(), r.ToString()) { Group = new SelectListGroup { Name = r.Discipline().DisplayName() } })
            .ToList();

        return form;
    }
}

public sealed record DirectoryModel(
    DirectoryQuery Query,
    Page<DirectoryRow> Page,
    IReadOnlyList<(Guid Id, string Name)> Organisations,
    IReadOnlyList<(Guid Id, string Name)> Teams,
    bool CanAdd);

/// <param name="Caseload">Open families allocated to the person and the children in them; null for a vacant post.</param>
public sealed record PersonDetailsModel(PersonDetail Person, bool CanEdit, bool IsAdministrator, Caseload? Caseload);
