using System.Globalization;
using FamilySafeguarding.Application.Access;
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
public sealed class FamilyMembersController(FamilyAccess access, FamilyHeaders headers, MemberQueries queries, MemberService members) : Controller
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    [HttpGet("/families/{familyId:guid}/members")]
    public async Task<IActionResult> Index(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Members", ct);
        return View(new MembersPageModel(header, await queries.MembersAsync(familyId, ct)));
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}")]
    public async Task<IActionResult> Details(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Member", ct);
        return View(new MemberPageModel(header, await queries.MemberAsync(familyId, memberId, ct)));
    }

    [HttpGet("/families/{familyId:guid}/members/new")]
    public async Task<IActionResult> Create(Guid familyId, CancellationToken ct) =>
        View("MemberForm", new MemberForm { Header = await RecordingHeaderAsync(familyId, "Add member", ct), LivesInHousehold = MemberForm.Yes });

    [HttpPost("/families/{familyId:guid}/members/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Create(Guid familyId, MemberForm form, [FromServices] IValidator<MemberForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Add member", ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await MemberFormAsync(familyId, form, ct);
        }

        var memberId = Guid.Empty;
        if (!await ModelState.TrySaveAsync(async () => memberId = await members.AddMemberAsync(actor, familyId, form.ToDetails(), ct), MemberForm.Fields))
        {
            return await MemberFormAsync(familyId, form, ct);
        }

        TempData["Notice"] = $"{form.FullName!.Trim()} has been added to the family.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(familyId, "Edit member", ct);
        var form = MemberForm.From(await queries.DetailsAsync(familyId, memberId, ct));
        form.Header = header;
        return View("MemberForm", form);
    }

    [HttpPost("/families/{familyId:guid}/members/{memberId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid familyId, Guid memberId, MemberForm form, [FromServices] IValidator<MemberForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Edit member", ct);
        form.Member = await queries.DetailsAsync(familyId, memberId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await MemberFormAsync(familyId, form, ct);
        }

        try
        {
            await members.UpdateMemberAsync(actor, familyId, memberId, form.ToDetails(), form.Version, ct);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleError(ex, MemberForm.Fields);
            return await MemberFormAsync(familyId, form, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            form.Conflict = await queries.DetailsAsync(familyId, memberId, ct);
            form.Version = form.Conflict.Version;
            ModelState.Remove(nameof(MemberForm.Version));
            ModelState.AddConflictError(ex);
            return await MemberFormAsync(familyId, form, ct);
        }

        TempData["Notice"] = "The person's details have been updated.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}/statuses/new")]
    public async Task<IActionResult> StartStatus(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var form = new LegalStatusForm { Header = await RecordingHeaderAsync(familyId, "Start legal status", ct) };
        form.Member = await ChildAsync(familyId, memberId, ct);
        return View(form);
    }

    [HttpPost("/families/{familyId:guid}/members/{memberId:guid}/statuses/new")]
    [ExactlyOnce]
    public async Task<IActionResult> StartStatus(Guid familyId, Guid memberId, LegalStatusForm form, [FromServices] IValidator<LegalStatusForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Start legal status", ct);
        form.Member = await ChildAsync(familyId, memberId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "Start legal status", ct);
        }

        StartedStatus? started = null;
        if (!await ModelState.TrySaveAsync(
            async () =>
            {
                var input = new NewLegalStatus { Kind = Choice.Of<LegalStatusKind>(form.Kind)!.Value, StartDate = form.StartDate.ToDate()!.Value, Category = Choice.Of<ChildProtectionCategory>(form.Category) };
                started = await members.StartLegalStatusAsync(actor, familyId, memberId, input, ct);
            },
            nameof(LegalStatusForm.Kind), nameof(LegalStatusForm.Category), nameof(LegalStatusForm.StartDate)))
        {
            return await ShowAsync(familyId, form, "Start legal status", ct);
        }

        TempData["Notice"] = started!.EndedChildInNeedOn is { } ended
            ? $"The Child in Need plan ended on {Show(ended)} and the Child Protection plan is recorded as escalated from Child in Need."
            : $"The {started.Kind.DisplayName()} has been recorded.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}/statuses/{episodeId:guid}/end")]
    public async Task<IActionResult> EndStatus(Guid familyId, Guid memberId, Guid episodeId, CancellationToken ct)
    {
        var form = new EndLegalStatusForm { Header = await RecordingHeaderAsync(familyId, "End legal status", ct) };
        form.Member = await ChildAsync(familyId, memberId, ct);
        form.Episode = await queries.EpisodeAsync(familyId, memberId, episodeId, ct);
        return View(form);
    }

    [HttpPost("/families/{familyId:guid}/members/{memberId:guid}/statuses/{episodeId:guid}/end")]
    public async Task<IActionResult> EndStatus(Guid familyId, Guid memberId, Guid episodeId, EndLegalStatusForm form, [FromServices] IValidator<EndLegalStatusForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "End legal status", ct);
        form.Member = await ChildAsync(familyId, memberId, ct);
        form.Episode = await queries.EpisodeAsync(familyId, memberId, episodeId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "End legal status", ct);
        }

        if (!await ModelState.TrySaveAsync(async () => await members.EndLegalStatusAsync(actor, familyId, memberId, episodeId, form.EndDate.ToDate()!.Value, Choice.Of<EpisodeEndReason>(form.Reason)!.Value, ct), nameof(EndLegalStatusForm.EndDate), nameof(EndLegalStatusForm.Reason)))
        {
            return await ShowAsync(familyId, form, "End legal status", ct);
        }

        TempData["Notice"] = $"The {form.Episode.Kind.DisplayName()} has been ended.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}/worries/new")]
    public async Task<IActionResult> AddWorry(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var form = new WorryForm { Header = await RecordingHeaderAsync(familyId, "Add worry", ct) };
        form.Member = await AdultAsync(familyId, memberId, ct);
        return View(form);
    }

    [HttpPost("/families/{familyId:guid}/members/{memberId:guid}/worries/new")]
    [ExactlyOnce]
    public async Task<IActionResult> AddWorry(Guid familyId, Guid memberId, WorryForm form, [FromServices] IValidator<WorryForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Add worry", ct);
        form.Member = await AdultAsync(familyId, memberId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "Add worry", ct);
        }

        if (!await ModelState.TrySaveAsync(async () => await members.AddWorryAsync(actor, familyId, memberId, Choice.Of<WorryKind>(form.Kind)!.Value, form.IdentifiedOn.ToDate()!.Value, ct), nameof(WorryForm.Kind), nameof(WorryForm.IdentifiedOn)))
        {
            return await ShowAsync(familyId, form, "Add worry", ct);
        }

        TempData["Notice"] = "The worry has been recorded.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/members/{memberId:guid}/worries/{worryId:guid}/end")]
    public async Task<IActionResult> EndWorry(Guid familyId, Guid memberId, Guid worryId, CancellationToken ct)
    {
        var form = new EndWorryForm { Header = await RecordingHeaderAsync(familyId, "End worry", ct) };
        form.Member = await AdultAsync(familyId, memberId, ct);
        form.Worry = await queries.WorryAsync(familyId, memberId, worryId, ct);
        return View(form);
    }

    [HttpPost("/families/{familyId:guid}/members/{memberId:guid}/worries/{worryId:guid}/end")]
    public async Task<IActionResult> EndWorry(Guid familyId, Guid memberId, Guid worryId, EndWorryForm form, [FromServices] IValidator<EndWorryForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "End worry", ct);
        form.Member = await AdultAsync(familyId, memberId, ct);
        form.Worry = await queries.WorryAsync(familyId, memberId, worryId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAsync(familyId, form, "End worry", ct);
        }

        if (!await ModelState.TrySaveAsync(async () => await members.EndWorryAsync(actor, familyId, memberId, worryId, form.EndedOn.ToDate()!.Value, ct), nameof(EndWorryForm.EndedOn)))
        {
            return await ShowAsync(familyId, form, "End worry", ct);
        }

        TempData["Notice"] = $"{form.Worry.Kind.DisplayName()} has been recorded as ended.";
        return Redirect($"/families/{familyId}/members/{memberId}");
    }

    [HttpGet("/families/{familyId:guid}/relationships/new")]
    public async Task<IActionResult> AddRelationship(Guid familyId, CancellationToken ct)
    {
        var form = new RelationshipForm { Header = await RecordingHeaderAsync(familyId, "Add relationship", ct) };
        return View(await WithMembersAsync(familyId, form, ct));
    }

    [HttpPost("/families/{familyId:guid}/relationships/new")]
    [ExactlyOnce]
    public async Task<IActionResult> AddRelationship(Guid familyId, RelationshipForm form, [FromServices] IValidator<RelationshipForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Add relationship", ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowRelationshipFormAsync(familyId, form, ct);
        }

        if (!await ModelState.TrySaveAsync(
            async () =>
            {
                var input = new NewRelationship
                {
                    FromMemberId = form.FromMemberId!.Value,
                    ToMemberId = form.ToMemberId!.Value,
                    Kind = Choice.Of<RelationshipKind>(form.Kind)!.Value,
                    ParentalResponsibility = form.ParentalResponsibility,
                    Description = form.Description,
                };
                await members.RelateAsync(actor, familyId, input, ct);
            },
            RelationshipForm.Fields))
        {
            return await ShowRelationshipFormAsync(familyId, form, ct);
        }

        TempData["Notice"] = "The relationship has been recorded.";
        return Redirect($"/families/{familyId}/members#relationships");
    }

    [HttpGet("/families/{familyId:guid}/relationships/{relationshipId:guid}/remove")]
    public async Task<IActionResult> RemoveRelationship(Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(familyId, "Remove relationship", ct);
        return View(new RemoveRelationshipModel(header, await queries.RelationshipAsync(familyId, relationshipId, ct)));
    }

    [HttpPost("/families/{familyId:guid}/relationships/{relationshipId:guid}/remove")]
    [ActionName(nameof(RemoveRelationship))]
    public async Task<IActionResult> RemoveRelationshipPost(Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayRecordAsync(actor, familyId, "Remove relationship", ct);
        try
        {
            await members.RemoveRelationshipAsync(actor, familyId, relationshipId, ct);
        }
        catch (Exception ex) when (ex is DomainRuleException or ConcurrencyConflictException)
        {
            TempData["Problem"] = ex.Message;
            return Redirect($"/families/{familyId}/members#relationships");
        }

        TempData["Notice"] = "The relationship has been removed.";
        return Redirect($"/families/{familyId}/members#relationships");
    }

    /// <summary>The header for a form that records on the family: writes the access-log row; 404 if the actor may not see the family, 403 if they may only read it.</summary>
    private async Task<FamilyHeader> RecordingHeaderAsync(Guid familyId, string page, CancellationToken ct)
    {
        return await headers.ViewAsync(User.ToActor(), familyId, page, ct, FamilyNeed.Record);
    }

    /// <summary>Legal statuses are a child's: for anyone else the status pages do not exist.</summary>
    private async Task<MemberDetail> ChildAsync(Guid familyId, Guid memberId, CancellationToken ct) =>
        await queries.DetailsAsync(familyId, memberId, ct) is { IsChild: true } child ? child : throw new NotFoundException();

    /// <summary>Worries are an adult's: for a child the worry pages do not exist.</summary>
    private async Task<MemberDetail> AdultAsync(Guid familyId, Guid memberId, CancellationToken ct) =>
        await queries.DetailsAsync(familyId, memberId, ct) is { IsChild: false } adult ? adult : throw new NotFoundException();

    private async Task<IActionResult> ShowAsync(Guid familyId, FamilyMemberFormBase form, string page, CancellationToken ct)
    {
        form.Header = await RecordingHeaderAsync(familyId, page, ct);
        return View(form);
    }

    private async Task<IActionResult> MemberFormAsync(Guid familyId, MemberForm form, CancellationToken ct)
    {
        form.Header = await RecordingHeaderAsync(familyId, form.Member is null ? "Add member" : "Edit member", ct);
        return View("MemberForm", form);
    }

    private async Task<IActionResult> ShowRelationshipFormAsync(Guid familyId, RelationshipForm form, CancellationToken ct)
    {
        form.Header = await RecordingHeaderAsync(familyId, "Add relationship", ct);
        return View(nameof(AddRelationship), await WithMembersAsync(familyId, form, ct));
    }

    private async Task<RelationshipForm> WithMembersAsync(Guid familyId, RelationshipForm form, CancellationToken ct)
    {
        form.MemberOptions = [.. (await queries.MemberOptionsAsync(familyId, ct)).Select(m => new SelectListItem($"{m.Label}, {m.Role.DisplayName().ToLowerInvariant()}", m.Id.ToString()))];
        return form;
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);
}

public sealed record MembersPageModel(FamilyHeader Header, MembersPage Page);

public sealed record MemberPageModel(FamilyHeader Header, MemberPage Page);

public sealed record RemoveRelationshipModel(FamilyHeader Header, RelationshipRow Relationship);
