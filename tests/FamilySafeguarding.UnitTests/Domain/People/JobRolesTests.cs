using System.Text.RegularExpressions;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.UnitTests.Domain.People;

public sealed partial class JobRolesTests
{
    public static TheoryData<JobRole> AllRoles => new(JobRoles.All);

    public static TheoryData<Discipline> AllDisciplines => new(JobRoles.Disciplines);

    [Fact]
    public void JobRole_StoredNumbers_NeverChange()
    {
        var expected = new Dictionary<JobRole, int>
        {
            [JobRole.ServiceManager] = 1,
            [JobRole.TeamManager] = 2,
            [JobRole.AssistantTeamManager] = 3,
            [JobRole.ConsultantSocialWorker] = 4,
            [JobRole.SeniorSocialWorker] = 5,
            [JobRole.SocialWorker] = 6,
            [JobRole.FamilyPractitioner] = 7,
            [JobRole.TeamCoordinator] = 8,
            [JobRole.BusinessSupportOfficer] = 9,
            [JobRole.DomesticAbuseVictimPractitioner] = 20,
            [JobRole.DomesticAbusePerpetratorPractitioner] = 21,
            [JobRole.ProbationDomesticAbuseOfficer] = 22,
            [JobRole.MentalHealthPractitioner] = 23,
            [JobRole.ClinicalPsychologist] = 24,
            [JobRole.SubstanceMisuseRecoveryWorker] = 25,
            [JobRole.PerformanceAnalyst] = 40,
            [JobRole.Auditor] = 41,
            [JobRole.Administrator] = 42,
        };

        Assert.Equal(expected.Count, JobRoles.All.Count);
        Assert.All(JobRoles.All, role => Assert.Equal(expected[role], (int)role));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void Discipline_EveryRole_BelongsToAKnownDiscipline(JobRole role) =>
        Assert.True(Enum.IsDefined(role.Discipline()), $"{role} has no discipline");

    [Theory]
    [MemberData(nameof(AllDisciplines))]
    public void RolesIn_EveryDiscipline_HasAtLeastOneRole(Discipline discipline) =>
        Assert.NotEmpty(JobRoles.RolesIn(discipline));

    [Fact]
    public void RolesIn_SocialWork_IsTheThreeSocialWorkRoles() =>
        Assert.Equal(
            [JobRole.ConsultantSocialWorker, JobRole.SeniorSocialWorker, JobRole.SocialWorker],
            JobRoles.RolesIn(Discipline.SocialWork));

    [Fact]
    public void RolesIn_DomesticAbuse_IncludesTheProbationOfficer() =>
        Assert.Equal(
            [JobRole.DomesticAbuseVictimPractitioner, JobRole.DomesticAbusePerpetratorPractitioner, JobRole.ProbationDomesticAbuseOfficer],
            JobRoles.RolesIn(Discipline.DomesticAbuse));

    [Fact]
    public void Discipline_UnknownRole_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((JobRole)999).Discipline());

    [Fact]
    public void IsAdultSpecialist_IsTrueExactlyForTheDomesticAbuseMentalHealthSubstanceMisuseAndPsychologyRoles() =>
        Assert.Equal(
            [
                JobRole.DomesticAbuseVictimPractitioner,
                JobRole.DomesticAbusePerpetratorPractitioner,
                JobRole.ProbationDomesticAbuseOfficer,
                JobRole.MentalHealthPractitioner,
                JobRole.ClinicalPsychologist,
                JobRole.SubstanceMisuseRecoveryWorker,
            ],
            JobRoles.All.Where(r => r.IsAdultSpecialist()));

    [Fact]
    public void IsAdultSpecialism_IsTrueExactlyForTheTrioOfVulnerabilitiesAndPsychology() =>
        Assert.Equal(
            [Discipline.DomesticAbuse, Discipline.MentalHealth, Discipline.SubstanceMisuse, Discipline.Psychology],
            JobRoles.Disciplines.Where(d => d.IsAdultSpecialism()));

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void DisplayName_EveryRole_IsWordsNotTheEnumName(JobRole role)
    {
        var name = role.DisplayName();

        Assert.False(string.IsNullOrWhiteSpace(name));
        Assert.DoesNotMatch(CamelCaseHump(), name);
        if (CamelCaseHump().IsMatch(role.ToString()))
        {
            Assert.NotEqual(role.ToString(), name);
            Assert.Contains(' ', name);
        }
    }

    [Fact]
    public void DisplayName_EveryRole_IsDifferent() =>
        Assert.Equal(JobRoles.All.Count, JobRoles.All.Select(r => r.DisplayName()).Distinct().Count());

    [Theory]
    [InlineData(JobRole.TeamManager, "Team Manager")]
    [InlineData(JobRole.ConsultantSocialWorker, "Consultant Social Worker")]
    [InlineData(JobRole.SocialWorker, "Social Worker")]
    [InlineData(JobRole.DomesticAbuseVictimPractitioner, "Domestic Abuse Practitioner (victim-focused)")]
    [InlineData(JobRole.DomesticAbusePerpetratorPractitioner, "Domestic Abuse Practitioner (perpetrator-focused)")]
    [InlineData(JobRole.Auditor, "Auditor")]
    public void DisplayName_Role_IsAsTheCouncilWritesIt(JobRole role, string expected) =>
        Assert.Equal(expected, role.DisplayName());

    [Theory]
    [InlineData(JobRole.TeamManager, "Team Managers")]
    [InlineData(JobRole.SocialWorker, "Social Workers")]
    [InlineData(JobRole.ClinicalPsychologist, "Clinical Psychologists")]
    [InlineData(JobRole.DomesticAbuseVictimPractitioner, "Domestic Abuse Practitioners (victim-focused)")]
    [InlineData(JobRole.DomesticAbusePerpetratorPractitioner, "Domestic Abuse Practitioners (perpetrator-focused)")]
    public void PluralName_Role_IsThePluralOfItsDisplayName(JobRole role, string expected) =>
        Assert.Equal(expected, role.PluralName());

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void PluralName_EveryRole_DiffersFromTheSingularAndDoesNotPluraliseABracket(JobRole role)
    {
        Assert.NotEqual(role.DisplayName(), role.PluralName());
        Assert.DoesNotMatch(@"\)s$", role.PluralName());
    }

    [Theory]
    [MemberData(nameof(AllDisciplines))]
    public void DisplayName_EveryDiscipline_IsWordsNotTheEnumName(Discipline discipline)
    {
        var name = discipline.DisplayName();

        Assert.DoesNotMatch(CamelCaseHump(), name);
        if (CamelCaseHump().IsMatch(discipline.ToString()))
        {
            Assert.Contains(' ', name);
        }
    }

    [Fact]
    public void DisplayName_EveryDiscipline_IsDifferent() =>
        Assert.Equal(JobRoles.Disciplines.Count, JobRoles.Disciplines.Select(d => d.DisplayName()).Distinct().Count());

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelCaseHump();
}
