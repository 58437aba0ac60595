using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Teams;

namespace FamilySafeguarding.UnitTests.Domain.Teams;

public sealed class TeamTests
{
    private static readonly Guid ServiceId = Guid.Parse("5e5e5e5e-0000-0000-0000-000000000001");

    [Fact]
    public void New_Team_KeepsTheNameAsTypedButTrimmed()
    {
        var team = new Team(ServiceId, "  Hertford   North  ", "  Hertford  ");

        Assert.Equal(ServiceId, team.ServiceId);
        Assert.Equal("Hertford   North", team.Name);
        Assert.Equal("Hertford", team.Locality);
    }

    [Fact]
    public void New_Team_NormalisesTheNameForComparison()
    {
        var team = new Team(ServiceId, "  Hertford   north  ", "Hertford");

        Assert.Equal("HERTFORD NORTH", team.NormalizedName);
    }

    [Theory]
    [InlineData("Hertford North")]
    [InlineData("hertford north")]
    [InlineData(" HERTFORD  NORTH ")]
    [InlineData("Hertford\u00A0North")]
    [InlineData("Hertford\tNorth")]
    public void NormaliseName_NamesDifferingOnlyInCaseAndSpacing_AreTheSame(string name) =>
        Assert.Equal("HERTFORD NORTH", Team.NormaliseName(name));

    [Fact]
    public void NormaliseName_DifferentWords_AreDifferent() =>
        Assert.NotEqual(Team.NormaliseName("Hertford North"), Team.NormaliseName("Hertford Northe"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void New_WithoutAName_IsRefused(string? name)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Team(ServiceId, name, "Hertford"));

        Assert.Equal("Enter the team's name", ex.Message);
        Assert.Equal(nameof(Team.Name), ex.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void New_WithoutALocality_IsRefused(string? locality)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Team(ServiceId, "Hertford North", locality));

        Assert.Equal("Enter the team's locality or office", ex.Message);
        Assert.Equal(nameof(Team.Locality), ex.Field);
    }

    [Fact]
    public void New_NameAtTheMaximumLength_IsAccepted() =>
        Assert.Equal(Team.NameMaxLength, new Team(ServiceId, $" {new string('a', Team.NameMaxLength)} ", "Hertford").Name.Length);

    [Fact]
    public void New_NameOverTheMaximumLength_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Team(ServiceId, new string('a', Team.NameMaxLength + 1), "Hertford"));

        Assert.Equal("The team's name must be 120 characters or fewer", ex.Message);
        Assert.Equal(nameof(Team.Name), ex.Field);
    }

    [Fact]
    public void New_LocalityOverTheMaximumLength_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Team(ServiceId, "Hertford North", new string('a', Team.LocalityMaxLength + 1)));

        Assert.Equal("The team's locality or office must be 120 characters or fewer", ex.Message);
        Assert.Equal(nameof(Team.Locality), ex.Field);
    }

    [Fact]
    public void Update_NewName_RenormalisesIt()
    {
        var team = new Team(ServiceId, "Hertford North", "Hertford");

        team.Update("Hertford  South", "Ware");

        Assert.Equal("Hertford  South", team.Name);
        Assert.Equal("HERTFORD SOUTH", team.NormalizedName);
        Assert.Equal("Ware", team.Locality);
    }
}
