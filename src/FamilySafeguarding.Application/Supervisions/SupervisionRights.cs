using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>
/// What the actor may do with a family's group supervisions, on top of seeing the family (<see cref="FamilyAccess"/>).
/// The family's team schedules and minutes it: its team manager, assistant team manager or team coordinator. Only the
/// team manager or assistant team manager of the family's team signs it off: not the coordinator, not the service manager.
/// </summary>
/// <param name="MaySchedule">Schedule, reschedule or cancel the family's supervision.</param>
/// <param name="MayDraft">Draft the record (the chair, or the coordinator taking minutes).</param>
/// <param name="MaySignOff">Sign the record off and add addenda to it; cancel or change the family's actions.</param>
public sealed record SupervisionRights(bool MaySchedule, bool MayDraft, bool MaySignOff)
{
    private static readonly JobRole[] Chairs = [JobRole.TeamManager, JobRole.AssistantTeamManager];
    private static readonly JobRole[] Minuters = [JobRole.TeamManager, JobRole.AssistantTeamManager, JobRole.TeamCoordinator];

    public static SupervisionRights For(Actor actor, FamilyRights rights)
    {
        var minutes = rights.InTeam && Minuters.Contains(actor.Role);
        return new SupervisionRights(minutes, minutes, rights.InTeam && Chairs.Contains(actor.Role));
    }

    /// <summary>Whether the role schedules and minutes supervisions for the teams its holder is a member of.</summary>
    public static bool SchedulesForTeam(JobRole role) => Minuters.Contains(role);

    /// <summary>Whether the role signs off supervisions for the teams its holder is a member of.</summary>
    public static bool SignsOffForTeam(JobRole role) => Chairs.Contains(role);
}
