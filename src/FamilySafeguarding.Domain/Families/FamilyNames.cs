using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Families;

/// <summary>How the family enums read on screen, and which job roles fit which role on a family.</summary>
public static class FamilyNames
{
    public static string DisplayName(this Gender gender) => gender switch
    {
        Gender.Female => "Female",
        Gender.Male => "Male",
        Gender.Other => "Other",
        Gender.NotKnown => "Not known",
        _ => gender.ToString(),
    };

    public static string DisplayName(this FamilyRole role) => role switch
    {
        FamilyRole.Child => "Child",
        FamilyRole.Mother => "Mother",
        FamilyRole.Father => "Father",
        FamilyRole.StepParent => "Step-parent",
        FamilyRole.Partner => "Partner",
        FamilyRole.Carer => "Carer",
        FamilyRole.Grandparent => "Grandparent",
        FamilyRole.Sibling => "Sibling",
        FamilyRole.Other => "Other",
        _ => role.ToString(),
    };

    public static string DisplayName(this RelationshipKind kind) => kind switch
    {
        RelationshipKind.ParentOf => "Parent of",
        RelationshipKind.PartnerOf => "Partner of",
        RelationshipKind.ExPartnerOf => "Ex-partner of",
        RelationshipKind.SiblingOf => "Sibling of",
        RelationshipKind.Other => "Other relationship to",
        _ => kind.ToString(),
    };

    public static string DisplayName(this WorryKind kind) => kind switch
    {
        WorryKind.DomesticAbuseVictim => "Domestic abuse (victim)",
        WorryKind.DomesticAbusePerpetrator => "Domestic abuse (perpetrator)",
        WorryKind.MentalHealth => "Mental health",
        WorryKind.SubstanceMisuseAlcohol => "Substance misuse (alcohol)",
        WorryKind.SubstanceMisuseDrugs => "Substance misuse (drugs)",
        WorryKind.LearningDisability => "Learning disability",
        _ => kind.ToString(),
    };

    public static string DisplayName(this LegalStatusKind kind) => kind switch
    {
        LegalStatusKind.ChildInNeedPlan => "Child in Need plan",
        LegalStatusKind.ChildProtectionPlan => "Child Protection plan",
        LegalStatusKind.PreProceedings => "Pre-proceedings (PLO)",
        LegalStatusKind.CareProceedings => "Care proceedings",
        LegalStatusKind.LookedAfter => "Looked after",
        _ => kind.ToString(),
    };

    /// <summary>The short form used in tags and counts (CIN, CP, PLO).</summary>
    public static string ShortName(this LegalStatusKind kind) => kind switch
    {
        LegalStatusKind.ChildInNeedPlan => "CIN",
        LegalStatusKind.ChildProtectionPlan => "CP",
        LegalStatusKind.PreProceedings => "PLO",
        LegalStatusKind.CareProceedings => "Proceedings",
        LegalStatusKind.LookedAfter => "Looked after",
        _ => kind.ToString(),
    };

    public static string DisplayName(this ChildProtectionCategory category) => category switch
    {
        ChildProtectionCategory.Neglect => "Neglect",
        ChildProtectionCategory.Physical => "Physical abuse",
        ChildProtectionCategory.Emotional => "Emotional abuse",
        ChildProtectionCategory.Sexual => "Sexual abuse",
        ChildProtectionCategory.Multiple => "Multiple",
        _ => category.ToString(),
    };

    public static string DisplayName(this EscalatedFrom from) => from switch
    {
        EscalatedFrom.None => "None",
        EscalatedFrom.ChildInNeed => "Child in Need plan",
        EscalatedFrom.ChildProtection => "Child Protection plan",
        _ => from.ToString(),
    };

    public static string DisplayName(this EpisodeEndReason reason) => reason switch
    {
        EpisodeEndReason.OutcomesAchieved => "Outcomes achieved",
        EpisodeEndReason.SteppedDownToChildInNeed => "Stepped down to Child in Need",
        EpisodeEndReason.SteppedDownToEarlyHelp => "Stepped down to early help",
        EpisodeEndReason.EscalatedToChildProtection => "Escalated to a Child Protection plan",
        EpisodeEndReason.CareProceedingsIssued => "Care proceedings issued",
        EpisodeEndReason.ProceedingsConcluded => "Proceedings concluded",
        EpisodeEndReason.ReturnedHome => "Returned home",
        EpisodeEndReason.MovedOutOfArea => "Moved out of area",
        EpisodeEndReason.TransferredToAnotherTeam => "Transferred to another team",
        EpisodeEndReason.FamilyClosed => "Family's case closed",
        EpisodeEndReason.Other => "Other",
        _ => reason.ToString(),
    };

    /// <summary>The reasons a person may choose when ending an episode (the others are set by the system).</summary>
    public static IReadOnlyList<EpisodeEndReason> ChoosableEndReasons { get; } =
        [.. Enum.GetValues<EpisodeEndReason>().Where(r => r is not (EpisodeEndReason.EscalatedToChildProtection or EpisodeEndReason.FamilyClosed))];

    public static string DisplayName(this ClosureReason reason) => reason switch
    {
        ClosureReason.SteppedDownToEarlyHelp => "Stepped down to early help",
        ClosureReason.NoFurtherAction => "No further action",
        ClosureReason.TransferredToChildrenInCareTeam => "Transferred to a children-in-care team",
        ClosureReason.MovedOutOfArea => "Moved out of area",
        ClosureReason.Other => "Other",
        _ => reason.ToString(),
    };

    public static string DisplayName(this AllocationRole role) => role switch
    {
        AllocationRole.LeadSocialWorker => "Lead social worker",
        AllocationRole.SocialWorker => "Social worker",
        AllocationRole.FamilyPractitioner => "Family practitioner",
        AllocationRole.DomesticAbuseVictimWorker => "Domestic abuse victim worker",
        AllocationRole.DomesticAbusePerpetratorWorker => "Domestic abuse perpetrator worker",
        AllocationRole.MentalHealth => "Mental health practitioner",
        AllocationRole.SubstanceMisuse => "Substance misuse worker",
        AllocationRole.Psychologist => "Psychologist",
        _ => role.ToString(),
    };

    public static string DisplayName(this SignificantEventKind kind) => kind switch
    {
        SignificantEventKind.Incident => "Incident",
        SignificantEventKind.PoliceCallOut => "Police call-out",
        SignificantEventKind.DomesticAbuseCallOut => "Domestic abuse call-out",
        SignificantEventKind.AccidentAndEmergencyAttendance => "A&E attendance",
        SignificantEventKind.MentalHealthCrisisContact => "Mental health crisis contact",
        SignificantEventKind.School => "School",
        SignificantEventKind.Health => "Health",
        SignificantEventKind.Court => "Court",
        SignificantEventKind.VisitChildSeen => "Visit (child seen)",
        SignificantEventKind.InitialChildProtectionConference => "Initial child protection conference",
        SignificantEventKind.ReviewChildProtectionConference => "Review child protection conference",
        SignificantEventKind.StrategyDiscussion => "Strategy discussion",
        SignificantEventKind.CoreGroupMeeting => "Core group meeting",
        SignificantEventKind.Marac => "MARAC (multi-agency risk assessment conference)",
        SignificantEventKind.LegalPlanningMeeting => "Legal planning meeting",
        SignificantEventKind.PreProceedingsMeeting => "Pre-proceedings meeting",
        SignificantEventKind.ChildAndFamilyAssessmentCompleted => "Child and family assessment completed",
        SignificantEventKind.Other => "Other",
        _ => kind.ToString(),
    };

    /// <summary>The group a kind of event is shown in: child protection meetings, incidents and call-outs, or contacts and other events.</summary>
    public static SignificantEventGroup Group(this SignificantEventKind kind) => kind switch
    {
        SignificantEventKind.InitialChildProtectionConference or SignificantEventKind.ReviewChildProtectionConference
            or SignificantEventKind.StrategyDiscussion or SignificantEventKind.CoreGroupMeeting or SignificantEventKind.Marac
            or SignificantEventKind.LegalPlanningMeeting or SignificantEventKind.PreProceedingsMeeting
            or SignificantEventKind.ChildAndFamilyAssessmentCompleted => SignificantEventGroup.ChildProtectionMeetings,
        SignificantEventKind.Incident or SignificantEventKind.PoliceCallOut or SignificantEventKind.DomesticAbuseCallOut
            or SignificantEventKind.AccidentAndEmergencyAttendance or SignificantEventKind.MentalHealthCrisisContact => SignificantEventGroup.IncidentsAndCallOuts,
        _ => SignificantEventGroup.ContactsAndOther,
    };

    public static string DisplayName(this SignificantEventGroup group) => group switch
    {
        SignificantEventGroup.ChildProtectionMeetings => "Child protection meetings and assessments",
        SignificantEventGroup.IncidentsAndCallOuts => "Incidents and call-outs",
        SignificantEventGroup.ContactsAndOther => "Visits, contacts and other events",
        _ => group.ToString(),
    };

    /// <summary>The kinds of a group in the order the event form offers them.</summary>
    public static IReadOnlyList<SignificantEventKind> KindsOf(SignificantEventGroup group) =>
        [.. Enum.GetValues<SignificantEventKind>().Where(k => k.Group() == group)];

    /// <summary>The kinds in the child protection meetings group: the chronology's filter of that name reads these.</summary>
    public static IReadOnlyList<SignificantEventKind> ChildProtectionMeetingKinds { get; } = KindsOf(SignificantEventGroup.ChildProtectionMeetings);

    /// <summary>Whether a person in this job role may take this role on a family.</summary>
    public static bool Fits(this AllocationRole role, JobRole jobRole) => role switch
    {
        AllocationRole.LeadSocialWorker or AllocationRole.SocialWorker => jobRole.Discipline() == Discipline.SocialWork
            || jobRole is JobRole.TeamManager or JobRole.AssistantTeamManager,
        AllocationRole.FamilyPractitioner => jobRole.Discipline() == Discipline.FamilyPractice,
        AllocationRole.DomesticAbuseVictimWorker or AllocationRole.DomesticAbusePerpetratorWorker => jobRole.Discipline() == Discipline.DomesticAbuse,
        AllocationRole.MentalHealth => jobRole.Discipline() == Discipline.MentalHealth,
        AllocationRole.SubstanceMisuse => jobRole.Discipline() == Discipline.SubstanceMisuse,
        AllocationRole.Psychologist => jobRole.Discipline() == Discipline.Psychology,
        _ => false,
    };
}
