using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Application.Teams;

public static class Memberships
{
    /// <summary>
    /// The memberships in force on a day (dates inclusive, no end date means open-ended). Capture the result in a local
    /// variable and use it inside a larger query: EF Core inlines it into the same SQL command.
    /// </summary>
    public static IQueryable<TeamMembership> CurrentMemberships(this IAppDbContext db, DateOnly day) =>
        db.TeamMemberships.Where(m => m.StartDate <= day && (m.EndDate == null || m.EndDate >= day));
}
