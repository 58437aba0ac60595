using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Application.Teams;

/// <summary>A team described the way the council reports do, from the members current today.</summary>
public sealed class TeamDetailTests
{
    [Fact]
    public void Composition_TypicalTeam_ReadsLikeTheCouncilReport()
    {
        var team = Team(
            Member(JobRole.TeamManager, "Grace Adeyemi"),
            Member(JobRole.ConsultantSocialWorker, "Tom Hughes"),
            Member(JobRole.SocialWorker, "Amara Okafor"),
            Member(JobRole.SocialWorker, "Kwame Mensah"),
            Member(JobRole.SocialWorker, "Priya Shah"),
            Member(JobRole.SocialWorker, "Ellie Turner"),
            Vacancy(JobRole.SocialWorker),
            Member(JobRole.MentalHealthPractitioner, "Sam Okoro", "Hertford South"),
            Member(JobRole.DomesticAbuseVictimPractitioner, "Jo Bright"));

        Assert.Equal(
            "1 Team Manager, 1 Consultant Social Worker, 5 Social Workers (1 vacant). "
            + "Adult specialists: 1 Domestic Abuse Practitioner (victim-focused), 1 Mental Health Practitioner (1 shared with another team).",
            team.Composition);
    }

    [Fact]
    public void Composition_EmptyTeam_SaysItHasNoMembersYet() =>
        Assert.Equal("No members yet.", Team().Composition);

    [Fact]
    public void Composition_NoAdultSpecialists_EndsAfterTheCoreRoles() =>
        Assert.Equal(
            "1 Team Manager, 2 Social Workers, 1 Team Coordinator.",
            Team(
                Member(JobRole.TeamManager, "Grace Adeyemi"),
                Member(JobRole.SocialWorker, "Amara Okafor"),
                Member(JobRole.SocialWorker, "Kwame Mensah"),
                Member(JobRole.TeamCoordinator, "Lucy Price")).Composition);

    [Fact]
    public void Composition_RolesInTheCouncilsOrder_WhateverTheOrderOfTheGroups()
    {
        var specialists = Group(Discipline.SubstanceMisuse, Member(JobRole.SubstanceMisuseRecoveryWorker, "Dan Reid"));
        var coordination = Group(Discipline.CoordinationAndSupport, Member(JobRole.TeamCoordinator, "Lucy Price"));
        var familyPractice = Group(Discipline.FamilyPractice, Member(JobRole.FamilyPractitioner, "Mo Ali"));
        var socialWork = Group(Discipline.SocialWork, Member(JobRole.SocialWorker, "Amara Okafor"), Member(JobRole.ConsultantSocialWorker, "Tom Hughes"));
        var management = Group(Discipline.Management, Member(JobRole.TeamManager, "Grace Adeyemi"));

        var team = Team([specialists, coordination, familyPractice, socialWork, management]);

        Assert.Equal(
            "1 Team Manager, 1 Consultant Social Worker, 1 Social Worker, 1 Family Practitioner, 1 Team Coordinator. "
            + "Adult specialists: 1 Substance Misuse Recovery Worker.",
            team.Composition);
    }

    [Fact]
    public void Composition_SeveralSharedSpecialists_CountsEachSharedPost()
    {
        var team = Team(
            Member(JobRole.TeamManager, "Grace Adeyemi"),
            Member(JobRole.DomesticAbusePerpetratorPractitioner, "Jo Bright", "Ware"),
            Member(JobRole.DomesticAbusePerpetratorPractitioner, "Chris Webb"),
            Member(JobRole.MentalHealthPractitioner, "Sam Okoro", "Hertford South"),
            Vacancy(JobRole.ClinicalPsychologist, "Ware"));

        Assert.Equal(
            "1 Team Manager. Adult specialists: 2 Domestic Abuse Practitioners (perpetrator-focused), 1 Mental Health Practitioner, "
            + "1 Clinical Psychologist (1 vacant) (3 shared with another team).",
            team.Composition);
    }

    [Fact]
    public void Composition_CoreMemberInAnotherTeam_IsNotCountedAsASharedSpecialist() =>
        Assert.Equal(
            "1 Team Manager. Adult specialists: 1 Mental Health Practitioner.",
            Team(Member(JobRole.TeamManager, "Grace Adeyemi", "Ware"), Member(JobRole.MentalHealthPractitioner, "Sam Okoro")).Composition);

    [Fact]
    public void Composition_OnlyVacancies_CountsThemAllAsVacant() =>
        Assert.Equal("2 Social Workers (2 vacant).", Team(Vacancy(JobRole.SocialWorker), Vacancy(JobRole.SocialWorker)).Composition);

    [Fact]
    public void Composition_OnlyAdultSpecialists_DoesNotSayTheTeamHasNoMembers() =>
        Assert.Equal(
            "Adult specialists: 1 Mental Health Practitioner (1 shared with another team).",
            Team(Member(JobRole.MentalHealthPractitioner, "Sam Okoro", "Hertford South")).Composition);

    [Fact]
    public void MemberCountAndVacancyCount_AddUpTheGroups()
    {
        var team = Team(
            Member(JobRole.TeamManager, "Grace Adeyemi"),
            Member(JobRole.SocialWorker, "Amara Okafor"),
            Vacancy(JobRole.SocialWorker),
            Vacancy(JobRole.SocialWorker),
            Member(JobRole.MentalHealthPractitioner, "Sam Okoro"),
            Vacancy(JobRole.SubstanceMisuseRecoveryWorker));

        Assert.Equal(3, team.MemberCount);
        Assert.Equal(3, team.VacancyCount);
    }

    [Fact]
    public void MemberCountAndVacancyCount_EmptyTeam_AreZero()
    {
        var team = Team();

        Assert.Equal(0, team.MemberCount);
        Assert.Equal(0, team.VacancyCount);
    }

    private static TeamMember Member(JobRole role, string? name, params string[] otherTeams) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, role, "Hertfordshire County Council", OrganisationKind.Council, 1.0m, Day("2025-01-01"), null, otherTeams);

    private static TeamMember Vacancy(JobRole role, params string[] otherTeams) => Member(role, null, otherTeams);

    /// <summary>A discipline's group as the query builds it: counts of filled posts and vacancies, and its members.</summary>
    private static DisciplineGroup Group(Discipline discipline, params TeamMember[] members) =>
        new(discipline, members.Count(m => !m.IsVacancy), members.Count(m => m.IsVacancy), members);

    private static TeamDetail Team(params TeamMember[] members) =>
        Team(members.GroupBy(m => m.Role.Discipline()).OrderBy(g => g.Key).Select(g => Group(g.Key, [.. g])).ToList());

    private static TeamDetail Team(IReadOnlyList<DisciplineGroup> groups) =>
        new(Guid.NewGuid(), "Hertford North", "Hertford", Guid.NewGuid(), "Family Safeguarding Service, East", groups, [], [], 0);
}
