namespace FamilySafeguarding.Domain.People;

/// <summary>
/// The job roles of the Family Safeguarding model. The numbers are stored, so never renumber them.
/// </summary>
public enum JobRole
{
    ServiceManager = 1,
    TeamManager = 2,
    AssistantTeamManager = 3,
    ConsultantSocialWorker = 4,
    SeniorSocialWorker = 5,
    SocialWorker = 6,
    FamilyPractitioner = 7,
    TeamCoordinator = 8,
    BusinessSupportOfficer = 9,
    DomesticAbuseVictimPractitioner = 20,
    DomesticAbusePerpetratorPractitioner = 21,
    ProbationDomesticAbuseOfficer = 22,
    MentalHealthPractitioner = 23,
    ClinicalPsychologist = 24,
    SubstanceMisuseRecoveryWorker = 25,
    PerformanceAnalyst = 40,
    Auditor = 41,
    Administrator = 42,
}

/// <summary>Groups of roles, used to describe a team the way the councils do and to filter the directory.</summary>
public enum Discipline
{
    Management = 1,
    SocialWork = 2,
    FamilyPractice = 3,
    CoordinationAndSupport = 4,
    DomesticAbuse = 5,
    MentalHealth = 6,
    SubstanceMisuse = 7,
    Psychology = 8,
    PerformanceAndQuality = 9,
    Administration = 10,
}

public static class JobRoles
{
    public static IReadOnlyList<JobRole> All { get; } = Enum.GetValues<JobRole>();

    public static IReadOnlyList<Discipline> Disciplines { get; } = Enum.GetValues<Discipline>();

    public static Discipline Discipline(this JobRole role) => role switch
    {
        JobRole.ServiceManager or JobRole.TeamManager or JobRole.AssistantTeamManager => People.Discipline.Management,
        JobRole.ConsultantSocialWorker or JobRole.SeniorSocialWorker or JobRole.SocialWorker => People.Discipline.SocialWork,
        JobRole.FamilyPractitioner => People.Discipline.FamilyPractice,
        JobRole.TeamCoordinator or JobRole.BusinessSupportOfficer => People.Discipline.CoordinationAndSupport,
        JobRole.DomesticAbuseVictimPractitioner or JobRole.DomesticAbusePerpetratorPractitioner or JobRole.ProbationDomesticAbuseOfficer => People.Discipline.DomesticAbuse,
        JobRole.MentalHealthPractitioner => People.Discipline.MentalHealth,
        JobRole.ClinicalPsychologist => People.Discipline.Psychology,
        JobRole.SubstanceMisuseRecoveryWorker => People.Discipline.SubstanceMisuse,
        JobRole.PerformanceAnalyst or JobRole.Auditor => People.Discipline.PerformanceAndQuality,
        JobRole.Administrator => People.Discipline.Administration,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown job role"),
    };

    public static IEnumerable<JobRole> RolesIn(Discipline discipline) => All.Where(r => r.Discipline() == discipline);

    /// <summary>Adult specialists work with the parents in the "trio of vulnerabilities" and are often shared by two teams.</summary>
    public static bool IsAdultSpecialist(this JobRole role) => role.Discipline().IsAdultSpecialism();

    public static bool IsAdultSpecialism(this Discipline discipline) => discipline is People.Discipline.DomesticAbuse
        or People.Discipline.MentalHealth or People.Discipline.SubstanceMisuse or People.Discipline.Psychology;

    public static string DisplayName(this JobRole role) => role switch
    {
        JobRole.ServiceManager => "Service Manager",
        JobRole.TeamManager => "Team Manager",
        JobRole.AssistantTeamManager => "Assistant Team Manager",
        JobRole.ConsultantSocialWorker => "Consultant Social Worker",
        JobRole.SeniorSocialWorker => "Senior Social Worker",
        JobRole.SocialWorker => "Social Worker",
        JobRole.FamilyPractitioner => "Family Practitioner",
        JobRole.TeamCoordinator => "Team Coordinator",
        JobRole.BusinessSupportOfficer => "Business Support Officer",
        JobRole.DomesticAbuseVictimPractitioner => "Domestic Abuse Practitioner (victim-focused)",
        JobRole.DomesticAbusePerpetratorPractitioner => "Domestic Abuse Practitioner (perpetrator-focused)",
        JobRole.ProbationDomesticAbuseOfficer => "Probation Domestic Abuse Officer",
        JobRole.MentalHealthPractitioner => "Mental Health Practitioner",
        JobRole.ClinicalPsychologist => "Clinical Psychologist",
        JobRole.SubstanceMisuseRecoveryWorker => "Substance Misuse Recovery Worker",
        JobRole.PerformanceAnalyst => "Performance Analyst",
        JobRole.Auditor => "Auditor",
        JobRole.Administrator => "Administrator",
        _ => role.ToString(),
    };

    /// <summary>The plural used when counting a role in a team ("5 Social Workers").</summary>
    public static string PluralName(this JobRole role) => role switch
    {
        JobRole.DomesticAbuseVictimPractitioner => "Domestic Abuse Practitioners (victim-focused)",
        JobRole.DomesticAbusePerpetratorPractitioner => "Domestic Abuse Practitioners (perpetrator-focused)",
        _ => role.DisplayName() + "s",
    };

    public static string DisplayName(this Discipline discipline) => discipline switch
    {
        People.Discipline.Management => "Management",
        People.Discipline.SocialWork => "Social work",
        People.Discipline.FamilyPractice => "Family practice",
        People.Discipline.CoordinationAndSupport => "Coordination and business support",
        People.Discipline.DomesticAbuse => "Domestic abuse",
        People.Discipline.MentalHealth => "Mental health",
        People.Discipline.SubstanceMisuse => "Substance misuse",
        People.Discipline.Psychology => "Psychology",
        People.Discipline.PerformanceAndQuality => "Performance and quality",
        People.Discipline.Administration => "Administration",
        _ => discipline.ToString(),
    };
}
