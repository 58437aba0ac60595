using System.Globalization;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Chronology;
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
    FamilyAccess access,
    AllocationQueries queries,
    AllocationService allocations,
    TimeProvider time) : Controller
{
    [HttpGet("/families/{familyId:guid}/workers")]
    public async Task<IActionResult> Index(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Workers", ct);
        return View(new WorkersModel(header, await queries.WorkersAsync(familyId, ct)));
    }

    [HttpGet("/families/{familyId:guid}/workers/new")]
    public async Task<IActionResult> Allocate(Guid familyId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Allocate a worker", ct, FamilyNeed.Manage);
        if (!header.Rights.MayManage)
        {
            throw new ForbiddenException(FamilyAccess.MayNotManage);
        }

        var form = new AllocateForm { StartDate = DateInput.From(time.UkToday()) };
        return View(await WithOptionsAsync(form, header, ct));
    }

    [HttpPost("/families/{familyId:guid}/workers/new")]
    [ExactlyOnce]
    public async Task<IActionResult> Allocate(Guid familyId, AllocateForm form, [FromServices] IValidator<AllocateForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayManageAsync(actor, familyId, "Allocate a worker", ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowAllocateAsync(familyId, form, ct);
        }

        AllocationOutcome? outcome = null;
        if (!await ModelState.TrySaveAsync(async () => outcome = await allocations.AllocateAsync(actor, familyId, form.ToInput(), ct), nameof(AllocateForm.PersonId), nameof(AllocateForm.Role), nameof(AllocateForm.StartDate), nameof(AllocateForm.AdultIds)))
        {
            return await ShowAllocateAsync(familyId, form, ct);
        }

        var role = Enum.Parse<AllocationRole>(form.Role!);
        var notice = $"{outcome!.WorkerName} has been allocated as {role.DisplayName().ToLowerInvariant()}.";
        foreach (var ended in outcome.Ended)
        {
            notice += ended.PersonId == form.PersonId
                ? $" Their allocation as {ended.Role.DisplayName().ToLowerInvariant()} ended on {Show(ended.EndDate)}."
                : $" {ended.Name}'s allocation as {ended.Role.DisplayName().ToLowerInvariant()} ended on {Show(ended.EndDate)}.";
        }

        TempData["Notice"] = notice;
        return Redirect($"/families/{familyId}/workers");
    }

    [HttpGet("/families/{familyId:guid}/workers/{allocationId:guid}/end")]
    public async Task<IActionResult> End(Guid familyId, Guid allocationId, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "End allocation", ct, FamilyNeed.Manage);
        if (!header.Rights.MayManage)
        {
            throw new ForbiddenException(FamilyAccess.MayNotManage);
        }

        var allocation = await queries.AllocationToEndAsync(familyId, allocationId, ct);
        return View(new EndAllocationForm { Header = header, Allocation = allocation, EndDate = DateInput.From(time.UkToday()) });
    }

    [HttpPost("/families/{familyId:guid}/workers/{allocationId:guid}/end")]
    public async Task<IActionResult> End(Guid familyId, Guid allocationId, EndAllocationForm form, [FromServices] IValidator<EndAllocationForm> validator, CancellationToken ct)
    {
        var actor = User.ToActor();
        await access.EnsureMayManageAsync(actor, familyId, "End allocation", ct);
        var allocation = await queries.AllocationToEndAsync(familyId, allocationId, ct);
        if (!await ModelState.ValidateAsync(validator, form, ct))
        {
            return await ShowEndAsync(familyId, allocation, form, ct);
        }

        if (!await ModelState.TrySaveAsync(async () => await allocations.EndAsync(actor, familyId, allocationId, form.EndDate.ToDate()!.Value, ct), nameof(EndAllocationForm.EndDate)))
        {
            return await ShowEndAsync(familyId, allocation, form, ct);
        }

        TempData["Notice"] = $"{allocation.WorkerName}'s allocation as {allocation.Role.DisplayName().ToLowerInvariant()} has ended.";
        return Redirect($"/families/{familyId}/workers");
    }

    private async Task<IActionResult> ShowAllocateAsync(Guid familyId, AllocateForm form, CancellationToken ct)
    {
        var header = await headers.ViewAsync(User.ToActor(), familyId, "Allocate a worker", ct, FamilyNeed.Manage);
        return View(nameof(Allocate), await WithOptionsAsync(form, header, ct));
    }

    private async Task<IActionResult> ShowEndAsync(Guid familyId, AllocationToEnd allocation, EndAllocationForm form, CancellationToken ct)
    {
        form.Header = await headers.ViewAsync(User.ToActor(), familyId, "End allocation", ct, FamilyNeed.Manage);
        form.Allocation = allocation;
        return View(nameof(End), form);
    }

    private async Task<AllocateForm> WithOptionsAsync(AllocateForm form, FamilyHeader header, CancellationToken ct)
    {
        form.Header = header;
        form.Workers = (await queries.CandidatesAsync(header.Id, ct))
            .Select(c => new SelectListItem($"{c.Name} ({string.Join(", ", c.Teams)})", c.PersonId.ToString())
            {
                Group = new SelectListGroup { Name = c.JobRole.DisplayName() },
            })
            .ToList();
        form.Adults = await queries.AdultsAsync(header.Id, ct);
        return form;
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
