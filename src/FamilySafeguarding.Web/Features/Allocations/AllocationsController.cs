using System.Globalization;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilySafeguarding.Web.Features.Allocations;

/// <summary>
/// The workers allocated to a family, past and present. Everyone who may see the family may read the page; allocating
/// and ending allocations is for the team's managers and the service manager.
/// </summary>
public sealed class AllocationsController(
    FamilyHeaders headers,
    AllocationQueries queries,
    AllocationService allocations,
    TimeProvider time) : Controller
{
    private const string Root = AllocationLinks.Root;

    private static readonly string[] AllocateFields =
        [nameof(AllocateForm.PersonId), nameof(AllocateForm.Role), nameof(AllocateForm.StartDate), nameof(AllocateForm.AdultIds)];

    private static readonly string[] EndFields = [nameof(EndAllocationForm.EndDate)];

    [HttpGet(Root)]
    public async Task<IActionResult> Index(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Workers", ct);
        return View(new WorkersModel(header, await queries.WorkersAsync(familyId, ct)));
    }

    [HttpGet(Root + "/new")]
    public Task<IActionResult> Allocate(Guid familyId, CancellationToken ct) =>
        ShowAllocateAsync(familyId, new AllocateForm { StartDate = DateInput.From(time.UkToday()) }, ct);

    [HttpPost(Root + "/new")]
    [ExactlyOnce]
    public Task<IActionResult> Allocate(Guid familyId, AllocateForm form, [FromServices] IValidator<AllocateForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var outcome = await allocations.AllocateAsync(User.ToActor(), familyId, form.ToInput(), ct);
                return this.Saved(AllocatedNotice(form, outcome), AllocationLinks.Workers(familyId));
            },
            showAgain: () => ShowAllocateAsync(familyId, form, ct),
            ct,
            AllocateFields);

    [HttpGet(AllocationLinks.EndRoute)]
    public Task<IActionResult> End(Guid familyId, Guid allocationId, CancellationToken ct) =>
        ShowEndAsync(familyId, allocationId, new EndAllocationForm { EndDate = DateInput.From(time.UkToday()) }, ct);

    [HttpPost(AllocationLinks.EndRoute)]
    public Task<IActionResult> End(Guid familyId, Guid allocationId, EndAllocationForm form, [FromServices] IValidator<EndAllocationForm> validator, CancellationToken ct) =>
        this.PostFormAsync(
            form,
            validator,
            save: async () =>
            {
                var ended = await allocations.EndAsync(User.ToActor(), familyId, allocationId, form.EndDate.ToDate()!.Value, ct);
                return this.Saved($"{ended.Name}'s allocation as {ended.Role.DisplayName().ToLowerInvariant()} has ended.", AllocationLinks.Workers(familyId));
            },
            showAgain: () => ShowEndAsync(familyId, allocationId, form, ct),
            ct,
            EndFields);

    private static string AllocatedNotice(AllocateForm form, AllocationOutcome outcome)
    {
        var role = Enum.Parse<AllocationRole>(form.Role!);
        var notice = $"{outcome.WorkerName} has been allocated as {role.DisplayName().ToLowerInvariant()}.";
        foreach (var ended in outcome.Ended)
        {
            notice += ended.PersonId == form.PersonId
                ? $" Their allocation as {ended.Role.DisplayName().ToLowerInvariant()} ended on {Show(ended.EndDate)}."
                : $" {ended.Name}'s allocation as {ended.Role.DisplayName().ToLowerInvariant()} ended on {Show(ended.EndDate)}.";
        }

        return notice;
    }

    /// <summary>The allocation form from its one read, which is the access check for this answer.</summary>
    private async Task<IActionResult> ShowAllocateAsync(Guid familyId, AllocateForm form, CancellationToken ct)
    {
        var page = await queries.AllocateFormAsync(User.ToActor(), familyId, ct);
        form.Header = page.Header;
        form.Workers = page.Candidates
            .Select(c => new SelectListItem($"{c.Name} ({string.Join(", ", c.Teams)})", c.PersonId.ToString())
            {
                Group = new SelectListGroup { Name = c.JobRole.DisplayName() },
            })
            .ToList();
        form.Adults = page.Adults;
        return View(nameof(Allocate), form);
    }

    /// <summary>The form that ends an allocation, from its one read, which is the access check for this answer.</summary>
    private async Task<IActionResult> ShowEndAsync(Guid familyId, Guid allocationId, EndAllocationForm form, CancellationToken ct)
    {
        var page = await queries.EndFormAsync(User.ToActor(), familyId, allocationId, ct);
        form.Header = page.Header;
        form.Allocation = page.Allocation;
        return View(nameof(End), form);
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
