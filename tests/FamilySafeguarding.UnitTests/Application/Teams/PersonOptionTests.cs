using FamilySafeguarding.Application.Teams;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.UnitTests.Application.Teams;

public sealed class PersonOptionTests
{
    [Fact]
    public void Label_PersonInNoTeam_NamesThemTheirRoleAndEmployer() =>
        Assert.Equal(
            "Amara Okafor, Social Worker (Hertfordshire County Council)",
            new PersonOption(Guid.NewGuid(), "Amara Okafor", JobRole.SocialWorker, "Hertfordshire County Council", 0).Label);

    [Fact]
    public void Label_VacancyInOneTeam_SaysVacantPostAndOneTeam() =>
        Assert.Equal(
            "Vacant post, Mental Health Practitioner (HPFT), in 1 team",
            new PersonOption(Guid.NewGuid(), null, JobRole.MentalHealthPractitioner, "HPFT", 1).Label);

    [Fact]
    public void Label_PersonInTwoTeams_SaysTeamsInThePlural() =>
        Assert.Equal(
            "Jo Bright, Domestic Abuse Practitioner (victim-focused) (Herts Domestic Abuse Service), in 2 teams",
            new PersonOption(Guid.NewGuid(), "Jo Bright", JobRole.DomesticAbuseVictimPractitioner, "Herts Domestic Abuse Service", 2).Label);
}
