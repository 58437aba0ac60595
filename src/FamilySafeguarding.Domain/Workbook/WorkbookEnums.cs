namespace FamilySafeguarding.Domain.Workbook;

// The numbers of every enum here are stored, so never renumber them.

public enum SummaryStatus
{
    Draft = 1,
    Submitted = 2,
}

/// <summary>An adult's stage of change, as motivational interviewing describes it (Prochaska and DiClemente).</summary>
public enum StageOfChange
{
    Precontemplation = 1,
    Contemplation = 2,
    Preparation = 3,
    Action = 4,
    Maintenance = 5,
    Relapse = 6,
}

/// <summary>The change talk heard from an adult: preparatory (desire, ability, reasons, need) and mobilising (commitment, activation, taking steps).</summary>
[Flags]
public enum ChangeTalk
{
    None = 0,
    Desire = 1,
    Ability = 2,
    Reasons = 4,
    Need = 8,
    Commitment = 16,
    Activation = 32,
    TakingSteps = 64,
}

public enum SummaryNoteKind
{
    /// <summary>A correction or addition to a submitted summary, by its author or a manager.</summary>
    Addendum = 1,

    /// <summary>A team manager's recorded oversight of a summary.</summary>
    ManagementOversight = 2,
}
