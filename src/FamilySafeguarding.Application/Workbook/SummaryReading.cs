using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Domain.Workbook;

namespace FamilySafeguarding.Application.Workbook;

public static class SummaryReading
{
    /// <summary>
    /// The summaries the actor may read, of a family they may see: submitted ones, their own drafts, and every draft for
    /// those who manage the family. Filtered in the database.
    /// </summary>
    public static IQueryable<MonthlySummary> ReadableBy(this IQueryable<MonthlySummary> summaries, Actor actor, FamilyRights rights)
    {
        var personId = actor.PersonId;
        var allDrafts = rights.MayManage;
        return summaries.Where(s => allDrafts || s.Status == SummaryStatus.Submitted || s.AuthorPersonId == personId);
    }
}
