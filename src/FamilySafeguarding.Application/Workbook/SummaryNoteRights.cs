using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Domain.Workbook;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>Who adds a note beside a summary: the family's rule, checked by the service that adds it and by the read that shows its form again.</summary>
public static class SummaryNoteRights
{
    /// <summary>An addendum is added by the summary's author or a manager of the family; oversight by a manager only. 403 for anyone else.</summary>
    public static void EnsureMayAdd(SummaryNoteKind kind, Guid summaryAuthorId, Actor actor, FamilyRights rights)
    {
        if (kind == SummaryNoteKind.Addendum ? summaryAuthorId != actor.PersonId && !rights.MayManage : !rights.MayManage)
        {
            throw new ForbiddenException(kind == SummaryNoteKind.Addendum
                ? "Only the summary's author, the team manager or assistant team manager of the family's team, or the service manager can add an addendum."
                : "Only the team manager or assistant team manager of the family's team, or the service manager, can record management oversight.");
        }
    }
}
