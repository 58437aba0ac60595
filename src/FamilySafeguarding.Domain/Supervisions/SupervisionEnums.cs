namespace FamilySafeguarding.Domain.Supervisions;

// The numbers of every enum here are stored, so never renumber them.

public enum SupervisionStatus
{
    /// <summary>A date and time is set; the record may be drafted.</summary>
    Scheduled = 1,

    /// <summary>Signed off by a manager of the family's team: part of the legal record, never changed again.</summary>
    SignedOff = 2,

    /// <summary>Taken off the schedule without being held.</summary>
    Cancelled = 3,
}

public enum Attendance
{
    Attended = 1,
    SentApologies = 2,
}

/// <summary>The team manager's decision at a group supervision.</summary>
public enum SupervisionDecision
{
    ContinuePlan = 1,
    StepUpToChildProtectionConference = 2,
    StepUpToLegalGateway = 3,
    StepDown = 4,
    Close = 5,
}

public enum ActionState
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>What a change in an action's history did.</summary>
public enum ActionChangeKind
{
    Agreed = 1,
    Done = 2,
    Cancelled = 3,
    Reassigned = 4,
    DueDateChanged = 5,
}
