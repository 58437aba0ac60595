using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Application.SupervisionSchedule;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Application.Actions;

/// <summary>An action in a list: which family, what, who, by when, and where it stands today.</summary>
public sealed record ActionRow(
    Guid Id,
    Guid FamilyId,
    string FamilyReference,
    string FamilyName,
    string What,
    Guid OwnerPersonId,
    string OwnerName,
    DateOnly DueOn,
    ActionState State,
    DateOnly? ClosedOn,
    string? ClosingNote,
    DateOnly Today)
{
    public bool IsOpen => State == ActionState.Open;

    public bool IsOverdue => IsOpen && DueOn < Today;

    /// <summary>Open and due today or within the next <see cref="ActionQueries.DueSoonDays"/> days.</summary>
    public bool IsDueSoon => IsOpen && DueOn >= Today && DueOn <= Today.AddDays(ActionQueries.DueSoonDays);

    public string Link => ActionLinks.Action(FamilyId, Id);
}

/// <summary>The actor's open actions across the families they can see, due and overdue first, then those closed lately.</summary>
public sealed record MyActions(Page<ActionRow> Actions, ActionCounts Counts);

/// <summary>How many of a person's open actions are overdue, and due in the next week.</summary>
/// <summary>
/// An action form's page: the family's header, the action as it stands, and (to change it) who may own it. A closed
/// action has no form, so no header (and no access-log row of a page shown): its page redirects to the action.
/// </summary>
public sealed record ActionFormPage(FamilyHeader? Header, ActionDetail Action, IReadOnlyList<OwnerChoice> Owners);

public sealed record ActionCounts(int Overdue, int DueSoon);

/// <summary>One action with its whole history, oldest change first.</summary>
/// <param name="HeldOn">The day the supervision that agreed it was held.</param>
public sealed record ActionDetail(
    Guid Id,
    Guid FamilyId,
    Guid SupervisionId,
    DateOnly? HeldOn,
    string What,
    Guid OwnerPersonId,
    string OwnerName,
    DateOnly DueOn,
    ActionState State,
    DateOnly? ClosedOn,
    string? ClosingNote,
    Guid Version,
    IReadOnlyList<ActionHistoryRow> History,
    DateOnly Today)
{
    public bool IsOpen => State == ActionState.Open;

    public bool IsOverdue => IsOpen && DueOn < Today;
}

/// <summary>One change to an action: who did it, when, and the owner and due date after it.</summary>
public sealed record ActionHistoryRow(ActionChangeKind Kind, string ByName, DateTime At, string OwnerName, DateOnly DueOn, string? Note);

/// <summary>The last signed-off supervision of a family: when, and what was decided and why.</summary>
public sealed record LastSupervision(Guid Id, DateOnly HeldOn, SupervisionDecision? Decision, string Rationale);

/// <summary>
/// The family overview's supervision panel: the last supervision's decision, where the next one stands (null for a
/// closed family), and the open actions, soonest due first (at most <see cref="ActionQueries.OverviewActions"/>).
/// </summary>
public sealed record SupervisionGlance(LastSupervision? Last, FamilySupervisionDue? Next, IReadOnlyList<ActionRow> OpenActions, int OpenActionCount);

/// <summary>Someone an action may be given to.</summary>
public sealed record OwnerChoice(Guid PersonId, string Name, JobRole Role);

/// <summary>The addresses of the actions' pages, and of the supervision that agreed an action.</summary>
public static class ActionLinks
{
    public const string MyActions = "/my-actions";

    public static string FamilyActions(Guid familyId) => $"/families/{familyId}/actions";

    public static string Action(Guid familyId, Guid actionId) => $"/families/{familyId}/actions/{actionId}";

}

/// <summary>
/// Reads of the actions agreed at group supervision. Lists filter by family visibility inside their query; the family
/// pages' callers have checked the actor may see the family. Each read is a fixed number of SQL commands whatever the
/// number of actions and their history.
/// </summary>
public sealed class ActionQueries(IAppDbContext db, FamilyAccess access, FamilyHeaders headers, TimeProvider time, IOptions<SupervisionOptions> options)
{
    /// <summary>The "mark done" form's one read: 404 unless the actor sees the family and it has the action, 403 unless the actor owns it; then the header (and its access-log row) and the action.</summary>
    public async Task<ActionFormPage> DoneFormAsync(Actor actor, Guid familyId, Guid actionId, CancellationToken ct)
    {
        const string Page = "Mark an action done";
        await access.RightsAsync(actor, familyId, Page, ct);
        var action = await ActionAsync(familyId, actionId, ct);
        ActionService.EnsureMayMarkDone(actor, action.OwnerPersonId);
        return action.IsOpen ? new ActionFormPage(await headers.ViewAsync(actor, familyId, Page, ct), action, []) : new ActionFormPage(null, action, []);
    }

    /// <summary>The "cancel" form's one read: as <see cref="ChangeFormAsync"/>, without the owners to choose from.</summary>
    public Task<ActionFormPage> CancelFormAsync(Actor actor, Guid familyId, Guid actionId, CancellationToken ct) =>
        ManageFormAsync(actor, familyId, actionId, "Cancel an action", owners: false, ct);

    /// <summary>The "change" form's one read: 404 unless the actor sees the family and it has the action, 403 unless a manager of the family's team; then the header, the action and who may own it.</summary>
    public Task<ActionFormPage> ChangeFormAsync(Actor actor, Guid familyId, Guid actionId, CancellationToken ct) =>
        ManageFormAsync(actor, familyId, actionId, "Change an action", owners: true, ct);

    private async Task<ActionFormPage> ManageFormAsync(Actor actor, Guid familyId, Guid actionId, string page, bool owners, CancellationToken ct)
    {
        var rights = await access.RightsAsync(actor, familyId, page, ct);
        var action = await ActionAsync(familyId, actionId, ct);
        ActionService.EnsureMayManage(actor, rights);
        return action.IsOpen
            ? new ActionFormPage(await headers.ViewAsync(actor, familyId, page, ct), action, owners ? await OwnerChoicesAsync(familyId, ct) : [])
            : new ActionFormPage(null, action, []);
    }

    public const int PageSize = 25;

    /// <summary>How many open actions the family overview lists.</summary>
    public const int OverviewActions = 10;

    /// <summary>"Due soon" means due today or within this many days.</summary>
    public const int DueSoonDays = 7;

    /// <summary>How long a closed action stays on its owner's list.</summary>
    public const int RecentlyClosedDays = 30;

    /// <summary>
    /// The actor's own actions in the families they can see: open ones by due date (so overdue first), then those done
    /// or cancelled in the last <see cref="RecentlyClosedDays"/> days, latest first. Three SQL commands.
    /// </summary>
    public async Task<MyActions> MyActionsAsync(Actor actor, int pageNumber, CancellationToken ct)
    {
        var since = time.UtcNow().AddDays(-RecentlyClosedDays);
        var listed = Mine(actor).Where(a => a.State == ActionState.Open || a.ClosedAt >= since);
        var total = await listed.CountAsync(ct);
        var page = PageNumber(pageNumber, total);
        var rows = await Rows(Ordered(listed).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new MyActions(new Page<ActionRow>(rows, page, PageSize, total), await CountsAsync(actor, ct));
    }

    /// <summary>How many of the actor's open actions (in families they can see) are overdue and due in the next week. One SQL command.</summary>
    public async Task<ActionCounts> CountsAsync(Actor actor, CancellationToken ct)
    {
        var today = time.UkToday();
        var soon = today.AddDays(DueSoonDays);
        var open = Mine(actor).Where(a => a.State == ActionState.Open);
        return await db.People.AsNoTracking()
            .Where(p => p.Id == actor.PersonId)
            .Select(p => new ActionCounts(open.Count(a => a.DueOn < today), open.Count(a => a.DueOn >= today && a.DueOn <= soon)))
            .SingleOrDefaultAsync(ct) ?? new ActionCounts(0, 0);
    }

    /// <summary>A family's actions: open ones by due date, then done and cancelled, latest first. Two SQL commands.</summary>
    public async Task<Page<ActionRow>> FamilyActionsAsync(Guid familyId, int pageNumber, CancellationToken ct)
    {
        var actions = db.FamilyActions.AsNoTracking().Where(a => a.FamilyId == familyId);
        var total = await actions.CountAsync(ct);
        var page = PageNumber(pageNumber, total);
        var rows = await Rows(Ordered(actions).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new Page<ActionRow>(rows, page, PageSize, total);
    }

    /// <summary>The family overview's supervision panel (<see cref="SupervisionGlance"/>). Four SQL commands whatever the family's history.</summary>
    public async Task<SupervisionGlance> GlanceAsync(Guid familyId, CancellationToken ct)
    {
        var last = await db.Supervisions.AsNoTracking()
            .Where(s => s.FamilyId == familyId && s.Status == SupervisionStatus.SignedOff)
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.SignedOffAt)
            .Select(s => new LastSupervision(s.Id, s.HeldOn!.Value, s.Decision, s.DecisionRationale))
            .FirstOrDefaultAsync(ct);
        var open = db.FamilyActions.AsNoTracking().Where(a => a.FamilyId == familyId && a.State == ActionState.Open);
        var actions = await Rows(Ordered(open).Take(OverviewActions)).ToListAsync(ct);
        var count = await open.CountAsync(ct);
        var next = (await db.ForFamiliesAsync(db.Families.Where(f => f.Id == familyId), options.Value, time.UkToday(), ct)).SingleOrDefault();
        return new SupervisionGlance(last, next, actions, count);
    }

    /// <summary>One of the family's actions with its history and who made each change; "not found" if the family has no such action. One SQL command.</summary>
    public async Task<ActionDetail> ActionAsync(Guid familyId, Guid actionId, CancellationToken ct)
    {
        var row = await db.FamilyActions.AsNoTracking()
            .Where(a => a.Id == actionId && a.FamilyId == familyId)
            .Select(a => new
            {
                a.Id,
                a.SupervisionId,
                HeldOn = db.Supervisions.Where(s => s.Id == a.SupervisionId).Select(s => s.HeldOn).FirstOrDefault(),
                a.What,
                a.OwnerPersonId,
                Owner = a.Owner!.FullName,
                a.DueOn,
                a.State,
                a.ClosedOn,
                a.ClosingNote,
                a.Version,
                History = a.History
                    .OrderBy(c => c.At).ThenBy(c => c.Kind)
                    .Select(c => new
                    {
                        c.Kind,
                        By = c.ByPerson!.FullName,
                        c.At,
                        Owner = db.People.Where(p => p.Id == c.OwnerPersonId).Select(p => p.FullName).FirstOrDefault(),
                        c.DueOn,
                        c.Note,
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

        return new ActionDetail(
            row.Id, familyId, row.SupervisionId, row.HeldOn, row.What, row.OwnerPersonId, Name(row.Owner), row.DueOn, row.State, row.ClosedOn, row.ClosingNote, row.Version,
            [.. row.History.Select(c => new ActionHistoryRow(c.Kind, Name(c.By), c.At, Name(c.Owner), c.DueOn, c.Note))],
            time.UkToday());
    }

    /// <summary>Everyone an action of the family may be given to (<see cref="ActionOwnership.ActionOwners"/>), by name. One SQL command.</summary>
    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(Guid familyId, CancellationToken ct) =>
        await db.OwnerChoicesAsync(familyId, time.UkToday(), ct);

    private static string Name(string? fullName) => fullName ?? Person.VacantPostName;

    private static int PageNumber(int requested, int total) => Math.Clamp(requested, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));

    /// <summary>The actor's actions in the families they may see today.</summary>
    private IQueryable<FamilyAction> Mine(Actor actor)
    {
        var visible = access.VisibleFamilies(actor);
        var personId = actor.PersonId;
        return db.FamilyActions.AsNoTracking().Where(a => a.OwnerPersonId == personId && visible.Any(f => f.Id == a.FamilyId));
    }

    /// <summary>Open first, soonest due first (so overdue at the top); then closed ones, most recently closed first.</summary>
    private static IOrderedQueryable<FamilyAction> Ordered(IQueryable<FamilyAction> actions) =>
        actions.OrderBy(a => a.State != ActionState.Open).ThenByDescending(a => a.ClosedAt).ThenBy(a => a.DueOn).ThenBy(a => a.Id);

    private IQueryable<ActionRow> Rows(IQueryable<FamilyAction> actions)
    {
        var today = time.UkToday();
        return actions.Select(a => new ActionRow(
            a.Id,
            a.FamilyId,
            db.Families.Where(f => f.Id == a.FamilyId).Select(f => f.Reference).First(),
            db.Families.Where(f => f.Id == a.FamilyId).Select(f => f.DisplayName).First(),
            a.What,
            a.OwnerPersonId,
            a.Owner!.FullName ?? Person.VacantPostName,
            a.DueOn,
            a.State,
            a.ClosedOn,
            a.ClosingNote,
            today));
    }
}
