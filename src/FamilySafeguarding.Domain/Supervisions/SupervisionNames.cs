namespace FamilySafeguarding.Domain.Supervisions;

public static class SupervisionNames
{
    public static IReadOnlyList<SupervisionDecision> Decisions { get; } = Enum.GetValues<SupervisionDecision>();

    public static string DisplayName(this SupervisionDecision decision) => decision switch
    {
        SupervisionDecision.ContinuePlan => "Continue the plan",
        SupervisionDecision.StepUpToChildProtectionConference => "Step up: child protection conference",
        SupervisionDecision.StepUpToLegalGateway => "Step up: legal gateway for pre-proceedings",
        SupervisionDecision.StepDown => "Step down",
        SupervisionDecision.Close => "Close the case",
        _ => decision.ToString(),
    };

    public static string DisplayName(this Attendance attendance) => attendance switch
    {
        Attendance.Attended => "Attended",
        Attendance.SentApologies => "Sent apologies",
        _ => attendance.ToString(),
    };

    public static string DisplayName(this ActionState state) => state switch
    {
        ActionState.Open => "Open",
        ActionState.Done => "Done",
        ActionState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static string DisplayName(this SupervisionStatus status) => status switch
    {
        SupervisionStatus.Scheduled => "Scheduled",
        SupervisionStatus.SignedOff => "Signed off",
        SupervisionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string DisplayName(this ActionChangeKind kind) => kind switch
    {
        ActionChangeKind.Agreed => "Agreed at supervision",
        ActionChangeKind.Done => "Marked done",
        ActionChangeKind.Cancelled => "Cancelled",
        ActionChangeKind.Reassigned => "Given to another person",
        ActionChangeKind.DueDateChanged => "Due date changed",
        _ => kind.ToString(),
    };
}
