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
    OrganisationQueries organisations,
    TeamQueries teams,
    ManagementRights rights) : Controller
{
    private const string Root = PeopleLinks.Root;
    private const string PersonRoot = PeopleLinks.PersonRoot;

    private static readonly string[] AccountFields = [nameof(CreateAccountForm.Email)];

    private static readonly string[] FormFields =
    [
        nameof(PersonForm.PostStatus), nameof(PersonForm.FullName), nameof(PersonForm.WorkEmail), nameof(PersonForm.JobRole),
        nameof(PersonForm.OrganisationId), nameof(PersonForm.Fte), nameof(PersonForm.StartDate), nameof(PersonForm.EndDate),
    ];

    [HttpGet(Root)]
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

    [HttpGet(PersonRoot)]
    public async Task<IActionResult> Details(Guid id, [FromServices] Caseloads caseloads, CancellationToken ct)
    {
        var person = await queries.PersonAsync(id, ct);
        var actor = User.ToActor();
        var caseload = person.IsVacancy ? null : await caseloads.ForPersonAsync(id, ct);
        return View(new PersonDetailsModel(person, await rights.CanManagePersonAsync(actor, id, ct), actor.IsAdministrator, caseload));
    }

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(Root + "/new")]
    public Task<IActionResult> Create(CancellationToken ct) =>
        ShowPersonFormAsync(null, new PersonForm { PostStatus = PersonForm.Filled, Fte = "1" }, ct);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(Root + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Create(PersonForm form, [FromServices] IValidator<PersonForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var id = await people.CreateAsync(User.ToActor(), form.ToDetails(), ct);
                return this.Saved(form.PostStatus == PersonForm.Vacant ? "The vacant post has been added." : $"{form.FullName!.Trim()} has been added.", PeopleLinks.Person(id));
            },
            showAgain: () => ShowPersonFormAsync(null, form, ct),
            ct,
            FormFields);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpGet(PersonRoot + "/edit")]
    public Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        ShowPersonFormAsync(id, null, ct);

    [Authorize(Policy = Policies.ManagesTeams)]
    [HttpPost(PersonRoot + "/edit")]
    public Task<IActionResult> Edit(Guid id, PersonForm form, [FromServices] IValidator<PersonForm> validator, CancellationToken ct)
    {
        form.PersonId = id;
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await people.UpdateAsync(User.ToActor(), id, form.ToDetails(), form.Version, ct);
                return this.Saved("The details have been updated.", PeopleLinks.Person(id));
            },
            showAgain: () => ShowPersonFormAsync(id, form, ct, conflict),
            ct,
            FormFields,
            onConflict: _ => Task.FromResult(conflict = true));
    }

    [Authorize(Policy = Policies.Administrator)]
    [HttpGet(PersonRoot + "/account/new")]
    public Task<IActionResult> CreateAccount(Guid id, CancellationToken ct) =>
        ShowAccountFormAsync(id, null, ct);

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/new")]
    [ExactlyOnce]
    public Task<IActionResult> CreateAccount(
        Guid id, CreateAccountForm form, [FromServices] IValidator<CreateAccountForm> validator, [FromServices] AccountService accounts, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await accounts.CreateAccountAsync(User.ToActor(), id, form.Email!, SetPasswordLink, ct);
                return this.Saved("The sign-in account has been created and a set-password link has been emailed.", PeopleLinks.Person(id));
            },
            showAgain: () => ShowAccountFormAsync(id, form, ct),
            ct,
            AccountFields);

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/send-link")]
    public Task<IActionResult> SendLink(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.SendSetPasswordLinkAsync(User.ToActor(), id, SetPasswordLink, ct), "A new set-password link has been emailed.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/disable")]
    public Task<IActionResult> DisableAccount(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.DisableAsync(User.ToActor(), id, ct), "The account has been disabled and its sessions have ended.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/enable")]
    public Task<IActionResult> EnableAccount(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.EnableAsync(User.ToActor(), id, ct), "The account has been enabled.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.ResetTwoFactorAsync(User.ToActor(), id, ct), "Two-factor authentication has been reset. They set up their authenticator app again when they next sign in.");

    [Authorize(Policy = Policies.Administrator)]
    [HttpPost(PersonRoot + "/account/end-sessions")]
    public Task<IActionResult> EndSessions(Guid id, [FromServices] AccountService accounts, CancellationToken ct) =>
        AccountActionAsync(id, () => accounts.EndSessionsAsync(User.ToActor(), id, ct), "All their sessions have ended. They need to sign in again.");

    /// <summary>An account action with nothing to type: its one call, then back to the person with a notice, or with the rule's refusal.</summary>
    private async Task<IActionResult> AccountActionAsync(Guid id, Func<Task> action, string notice)
    {
        try
        {
            await action();
        }
        catch (DomainRuleException ex) when (!ex.IsRefusal)
        {
            TempData["Problem"] = ex.Message;
            return Redirect(PeopleLinks.Person(id));
        }

        return this.Saved(notice, PeopleLinks.Person(id));
    }

    private string SetPasswordLink(Guid userId, string token) =>
        Url.Action(nameof(Account.AccountController.SetPassword), "Account", new { userId, token }, Request.Scheme, Request.Host.Value)
        ?? throw new InvalidOperationException("Could not build the set-password link.");

    /// <summary>
    /// The post form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/>
    /// null) it starts from the person as saved; after a clash with someone else's save it shows theirs and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowPersonFormAsync(Guid? personId, PersonForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.PersonFormAsync(User.ToActor(), personId, ct);
        form ??= PersonForm.From(page.Saved!);
        if (conflict && page.Saved is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
        }

        form.OrganisationOptions = [.. page.Organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
        var actor = User.ToActor();
        var role = form.JobRole;
        form.JobRoleOptions = [.. JobRoles.All
            .Where(r => actor.IsAdministrator || r is not (JobRole.Administrator or JobRole.ServiceManager) || r.ToString() == role)
            .Select(r => new SelectListItem(r.DisplayName(), r.ToString()) { Group = new SelectListGroup { Name = r.Discipline().DisplayName() } })];
        return View("PersonForm", form);
    }

    /// <summary>The account form: the person it is for (404 for no such person), and their work email to start from.</summary>
    private async Task<IActionResult> ShowAccountFormAsync(Guid personId, CreateAccountForm? form, CancellationToken ct)
    {
        var person = await queries.PersonAsync(personId, ct);
        form ??= new CreateAccountForm { Email = person.WorkEmail };
        form.Person = person;
        return View(nameof(CreateAccount), form);
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
