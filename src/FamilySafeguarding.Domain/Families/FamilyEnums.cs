namespace FamilySafeguarding.Domain.Families;

// The numbers of every enum here are stored, so never renumber them.

public enum Gender
{
    Female = 1,
    Male = 2,
    Other = 3,
    NotKnown = 4,
}

/// <summary>A member's role in the family. Children are the subjects of plans; everyone else is an adult or wider family.</summary>
public enum FamilyRole
{
    Child = 1,
    Mother = 2,
    Father = 3,
    StepParent = 4,
    Partner = 5,
    Carer = 6,
    Grandparent = 7,
    Sibling = 8,
    Other = 9,
}

public enum RelationshipKind
{
    /// <summary>The first member is a parent of the second.</summary>
    ParentOf = 1,
    PartnerOf = 2,
    ExPartnerOf = 3,
    SiblingOf = 4,
    Other = 5,
}

/// <summary>The "trio of vulnerabilities" the model exists for, and learning disability.</summary>
public enum WorryKind
{
    DomesticAbuseVictim = 1,
    DomesticAbusePerpetrator = 2,
    MentalHealth = 3,
    SubstanceMisuseAlcohol = 4,
    SubstanceMisuseDrugs = 5,
    LearningDisability = 6,
}

public enum LegalStatusKind
{
    ChildInNeedPlan = 1,
    ChildProtectionPlan = 2,
    PreProceedings = 3,
    CareProceedings = 4,
    LookedAfter = 5,
}

public enum ChildProtectionCategory
{
    Neglect = 1,
    Physical = 2,
    Emotional = 3,
    Sexual = 4,
    Multiple = 5,
}

/// <summary>The plan a child was on when an episode started: the KPIs count CP plans started from CIN and children entering care from CP or CIN.</summary>
public enum EscalatedFrom
{
    None = 0,
    ChildInNeed = 1,
    ChildProtection = 2,
}

public enum EpisodeEndReason
{
    OutcomesAchieved = 1,
    SteppedDownToChildInNeed = 2,
    SteppedDownToEarlyHelp = 3,

    /// <summary>Set by the system only: a CP plan started while this CIN plan was open.</summary>
    EscalatedToChildProtection = 4,
    CareProceedingsIssued = 5,
    ProceedingsConcluded = 6,
    ReturnedHome = 7,
    MovedOutOfArea = 8,
    TransferredToAnotherTeam = 9,
    FamilyClosed = 10,
    Other = 99,
}

public enum ClosureReason
{
    SteppedDownToEarlyHelp = 1,
    NoFurtherAction = 2,
    TransferredToChildrenInCareTeam = 3,
    MovedOutOfArea = 4,
    Other = 99,
}

public enum AllocationRole
{
    LeadSocialWorker = 1,
    SocialWorker = 2,
    FamilyPractitioner = 3,
    DomesticAbuseVictimWorker = 4,
    DomesticAbusePerpetratorWorker = 5,
    MentalHealth = 6,
    SubstanceMisuse = 7,
    Psychologist = 8,
}

public enum SignificantEventKind
{
    Incident = 1,
    PoliceCallOut = 2,
    DomesticAbuseCallOut = 3,
    AccidentAndEmergencyAttendance = 4,
    MentalHealthCrisisContact = 5,
    School = 6,
    Health = 7,
    Court = 8,
    VisitChildSeen = 9,
    InitialChildProtectionConference = 10,
    ReviewChildProtectionConference = 11,
    StrategyDiscussion = 12,
    CoreGroupMeeting = 13,
    Marac = 14,
    LegalPlanningMeeting = 15,
    PreProceedingsMeeting = 16,
    ChildAndFamilyAssessmentCompleted = 17,
    Other = 99,
}

/// <summary>How the event form and the chronology group the kinds of significant event.</summary>
public enum SignificantEventGroup
{
    /// <summary>The meetings child protection runs on, and the assessment that leads to them.</summary>
    ChildProtectionMeetings = 1,
    IncidentsAndCallOuts = 2,
    ContactsAndOther = 3,
}
