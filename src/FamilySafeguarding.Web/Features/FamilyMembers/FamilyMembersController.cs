using System.Globalization;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.FamilyMembers;

/// <summary>
/// A family's members, their legal statuses and worries, and the relationships between them (with the genogram).
/// Pages check access and write the access-log row through the family header; forms and changes need the right to
/// record on the family (allocated workers, the team's managers, the service manager). Any id in the path that is not
/// part of this family is "not found".
/// </summary>
public sealed class FamilyMembersController(FamilyHeaders headers, MemberQueries queries, MemberService members) : Controller
{
    private const string Root = MemberLinks.Root;
    private const string MemberRoot = MemberLinks.MemberRoot;
    private const string RelationshipsRoot = MemberLinks.RelationshipsRoot;

    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] StatusFields = [nameof(LegalStatusForm.Kind), nameof(LegalStatusForm.Category), nameof(LegalStatusForm.StartDate)];

    private static readonly string[] EndStatusFields = [nameof(EndLegalStatusForm.EndDate), nameof(EndLegalStatusForm.Reason)];

    private static readonly string[] WorryFields = [nameof(WorryForm.Kind), nameof(WorryForm.IdentifiedOn)];

    private static readonly string[] EndWorryFields = [nameof(EndWorryForm.EndedOn)];

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Members", ct);
        return View(new MembersPageModel(header, await queries.MembersAsync(familyId, ct)));
    }

    [HttpGet(MemberRoot)]
    public async Task<IActionResult> Details(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Member", ct);
        return View(new MemberPageModel(header, await queries.MemberAsync(familyId, memberId, ct)));
    }

    [HttpGet(Root + "/new")]
    public Task<IActionResult> Create(Guid familyId, CancellationToken ct) =>
        ShowMemberFormAsync(familyId, null, new MemberForm { LivesInHousehold = MemberForm.Yes }, ct);

    [HttpPost(Root + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Create(Guid familyId, MemberForm form, [FromServices] IValidator<MemberForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var memberId = await members.AddMemberAsync(User.ToActor(), familyId, form.ToDetails(), ct);
                return this.Saved($"{form.FullName!.Trim()} has been added to the family.", MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowMemberFormAsync(familyId, null, form, ct),
            ct,
            MemberForm.Fields);

    [HttpGet(MemberRoot + "/edit")]
    public Task<IActionResult> Edit(Guid familyId, Guid memberId, CancellationToken ct) =>
        ShowMemberFormAsync(familyId, memberId, null, ct);

    [HttpPost(MemberRoot + "/edit")]
    public Task<IActionResult> Edit(Guid familyId, Guid memberId, MemberForm form, [FromServices] IValidator<MemberForm> validator, CancellationToken ct)
    {
        var conflict = false;
        return this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await members.UpdateMemberAsync(User.ToActor(), familyId, memberId, form.ToDetails(), form.Version, ct);
                return this.Saved("The person's details have been updated.", MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowMemberFormAsync(familyId, memberId, form, ct, conflict),
            ct,
            MemberForm.Fields,
            onConflict: _ =>
            {
                conflict = true;
                ModelState.Remove(nameof(MemberForm.Version));
                return Task.CompletedTask;
            });
    }

    [HttpGet(MemberRoot + "/statuses/new")]
    public Task<IActionResult> StartStatus(Guid familyId, Guid memberId, CancellationToken ct) =>
        ShowStatusFormAsync(familyId, memberId, null, new LegalStatusForm(), ct);

    [HttpPost(MemberRoot + "/statuses/new")]
    [ExactlyOnce]
    public Task<IActionResult> StartStatus(Guid familyId, Guid memberId, LegalStatusForm form, [FromServices] IValidator<LegalStatusForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var input = new NewLegalStatus { Kind = Choice.Of<LegalStatusKind>(form.Kind)!.Value, StartDate = form.StartDate.ToDate()!.Value, Category = Choice.Of<ChildProtectionCategory>(form.Category) };
                var started = await members.StartLegalStatusAsync(User.ToActor(), familyId, memberId, input, ct);
                var notice = started.EndedChildInNeedOn is { } ended
                    ? $"The Child in Need plan ended on {Show(ended)} and the Child Protection plan is recorded as escalated from Child in Need."
                    : $"The {started.Kind.DisplayName()} has been recorded.";
                return this.Saved(notice, MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowStatusFormAsync(familyId, memberId, null, form, ct),
            ct,
            StatusFields);

    [HttpGet(MemberRoot + "/statuses/{episodeId:guid}/end")]
    public Task<IActionResult> EndStatus(Guid familyId, Guid memberId, Guid episodeId, CancellationToken ct) =>
        ShowStatusFormAsync(familyId, memberId, episodeId, new EndLegalStatusForm(), ct);

    [HttpPost(MemberRoot + "/statuses/{episodeId:guid}/end")]
    public Task<IActionResult> EndStatus(Guid familyId, Guid memberId, Guid episodeId, EndLegalStatusForm form, [FromServices] IValidator<EndLegalStatusForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var kind = await members.EndLegalStatusAsync(User.ToActor(), familyId, memberId, episodeId, form.EndDate.ToDate()!.Value, Choice.Of<EpisodeEndReason>(form.Reason)!.Value, ct);
                return this.Saved($"The {kind.DisplayName()} has been ended.", MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowStatusFormAsync(familyId, memberId, episodeId, form, ct),
            ct,
            EndStatusFields);

    [HttpGet(MemberRoot + "/worries/new")]
    public Task<IActionResult> AddWorry(Guid familyId, Guid memberId, CancellationToken ct) =>
        ShowWorryFormAsync(familyId, memberId, null, new WorryForm(), ct);

    [HttpPost(MemberRoot + "/worries/new")]
    [ExactlyOnce]
    public Task<IActionResult> AddWorry(Guid familyId, Guid memberId, WorryForm form, [FromServices] IValidator<WorryForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                await members.AddWorryAsync(User.ToActor(), familyId, memberId, Choice.Of<WorryKind>(form.Kind)!.Value, form.IdentifiedOn.ToDate()!.Value, ct);
                return this.Saved("The worry has been recorded.", MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowWorryFormAsync(familyId, memberId, null, form, ct),
            ct,
            WorryFields);

    [HttpGet(MemberRoot + "/worries/{worryId:guid}/end")]
    public Task<IActionResult> EndWorry(Guid familyId, Guid memberId, Guid worryId, CancellationToken ct) =>
        ShowWorryFormAsync(familyId, memberId, worryId, new EndWorryForm(), ct);

    [HttpPost(MemberRoot + "/worries/{worryId:guid}/end")]
    public Task<IActionResult> EndWorry(Guid familyId, Guid memberId, Guid worryId, EndWorryForm form, [FromServices] IValidator<EndWorryForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var kind = await members.EndWorryAsync(User.ToActor(), familyId, memberId, worryId, form.EndedOn.ToDate()!.Value, ct);
                return this.Saved($"{kind.DisplayName()} has been recorded as ended.", MemberLinks.Member(familyId, memberId));
            },
            showAgain: () => ShowWorryFormAsync(familyId, memberId, worryId, form, ct),
            ct,
            EndWorryFields);

    [HttpGet(RelationshipsRoot + "/new")]
    public Task<IActionResult> AddRelationship(Guid familyId, CancellationToken ct) =>
        ShowRelationshipFormAsync(familyId, new RelationshipForm(), ct);

    [HttpPost(RelationshipsRoot + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> AddRelationship(Guid familyId, RelationshipForm form, [FromServices] IValidator<RelationshipForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var input = new NewRelationship
                {
                    FromMemberId = form.FromMemberId!.Value,
                    ToMemberId = form.ToMemberId!.Value,
                    Kind = Choice.Of<RelationshipKind>(form.Kind)!.Value,
                    ParentalResponsibility = form.ParentalResponsibility,
                    Description = form.Description,
                };
                await members.RelateAsync(User.ToActor(), familyId, input, ct);
                return this.Saved("The relationship has been recorded.", MemberLinks.Relationships(familyId));
            },
            showAgain: () => ShowRelationshipFormAsync(familyId, form, ct),
            ct,
            RelationshipForm.Fields);

    [HttpGet(RelationshipsRoot + "/{relationshipId:guid}/remove")]
    public async Task<IActionResult> RemoveRelationship(Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var page = await queries.RemovalAsync(User.ToActor(), familyId, relationshipId, ct);
        return View(new RemoveRelationshipModel(page.Header, page.Relationship));
    }

    /// <summary>A confirmation with nothing to type: a refusal by a rule goes back to the relationships with its message.</summary>
    [HttpPost(RelationshipsRoot + "/{relationshipId:guid}/remove")]
    [ActionName(nameof(RemoveRelationship))]
    public async Task<IActionResult> RemoveRelationshipPost(Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        try
        {
            await members.RemoveRelationshipAsync(User.ToActor(), familyId, relationshipId, ct);
        }
        catch (Exception ex) when (ex is DomainRuleException or ConcurrencyConflictException)
        {
            TempData["Problem"] = ex.Message;
            return Redirect(MemberLinks.Relationships(familyId));
        }

        return this.Saved("The relationship has been removed.", MemberLinks.Relationships(familyId));
    }

    /// <summary>
    /// The member form from its one read, which is the access check for this answer. Opened afresh (<paramref name="form"/>
    /// null) it starts from the member as saved; shown again it keeps what was typed, and after a clash with someone else's
    /// save it shows theirs beside it and takes its version.
    /// </summary>
    private async Task<IActionResult> ShowMemberFormAsync(Guid familyId, Guid? memberId, MemberForm? form, CancellationToken ct, bool conflict = false)
    {
        var page = await queries.MemberFormAsync(User.ToActor(), familyId, memberId, ct);
        form ??= MemberForm.From(page.Saved!);
        if (conflict && page.Saved is { } theirs)
        {
            form.Conflict = theirs;
            form.Version = theirs.Version;
        }

        form.Header = page.Header;
        form.Member = page.Saved;
        return View("MemberForm", form);
    }

    /// <summary>The form to start (<paramref name="episodeId"/> null) or end a child's legal status, from its one read.</summary>
    private async Task<IActionResult> ShowStatusFormAsync(Guid familyId, Guid memberId, Guid? episodeId, FamilyMemberFormBase form, CancellationToken ct)
    {
        var page = await queries.StatusFormAsync(User.ToActor(), familyId, memberId, episodeId, ct);
        form.Header = page.Header;
        form.Member = page.Child;
        if (form is EndLegalStatusForm end)
        {
            end.Episode = page.Episode!;
        }

        return View(form);
    }

    /// <summary>The form to add (<paramref name="worryId"/> null) or end an adult's worry, from its one read.</summary>
    private async Task<IActionResult> ShowWorryFormAsync(Guid familyId, Guid memberId, Guid? worryId, FamilyMemberFormBase form, CancellationToken ct)
    {
        var page = await queries.WorryFormAsync(User.ToActor(), familyId, memberId, worryId, ct);
        form.Header = page.Header;
        form.Member = page.Adult;
        if (form is EndWorryForm end)
        {
            end.Worry = page.Worry!;
        }

        return View(form);
    }

    private async Task<IActionResult> ShowRelationshipFormAsync(Guid familyId, RelationshipForm form, CancellationToken ct)
    {
        var page = await queries.RelationshipFormAsync(User.ToActor(), familyId, ct);
        form.Header = page.Header;
        form.MemberOptions = [.. page.Members.Select(m => new SelectListItem($"{m.Label}, {m.Role.DisplayName().ToLowerInvariant()}", m.Id.ToString()))];
        return View(nameof(AddRelationship), form);
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);
}

public sealed record MembersPageModel(FamilyHeader Header, MembersPage Page);

public sealed record MemberPageModel(FamilyHeader Header, MemberPage Page);

public sealed record RemoveRelationshipModel(FamilyHeader Header, RelationshipRow Relationship);
