namespace FamilySafeguarding.Application.Common;

internal static class ChangeDiscarding
{
    /// <summary>
    /// Forgets every change the unit of work is tracking. After a refused change (a rule, or someone else's save in
    /// between) nothing was saved, and the next save in the same request, such as the access-log row of the form shown
    /// again, must not try to save it a second time.
    /// </summary>
    public static void DiscardChanges(this IAppDbContext db) => db.ChangeTracker.Clear();
}
