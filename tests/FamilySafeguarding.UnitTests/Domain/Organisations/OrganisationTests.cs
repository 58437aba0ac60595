using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Organisations;

namespace FamilySafeguarding.UnitTests.Domain.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public void New_Organisation_TrimsTheNameAndNormalisesItForComparison()
    {
        var organisation = new Organisation("  Hertfordshire   Partnership University NHS Foundation Trust ", OrganisationKind.NhsTrust);

        Assert.Equal("Hertfordshire   Partnership University NHS Foundation Trust", organisation.Name);
        Assert.Equal("HERTFORDSHIRE PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST", organisation.NormalizedName);
        Assert.Equal(OrganisationKind.NhsTrust, organisation.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void New_WithoutAName_IsRefused(string? name)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Organisation(name, OrganisationKind.Council));

        Assert.Equal("Enter the organisation's name", ex.Message);
        Assert.Equal(nameof(Organisation.Name), ex.Field);
    }

    [Fact]
    public void New_NameAtTheMaximumLength_IsAccepted() =>
        Assert.Equal(Organisation.NameMaxLength, new Organisation(new string('a', Organisation.NameMaxLength), OrganisationKind.Council).Name.Length);

    [Fact]
    public void New_NameOverTheMaximumLength_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Organisation(new string('a', Organisation.NameMaxLength + 1), OrganisationKind.Council));

        Assert.Equal("The organisation's name must be 200 characters or fewer", ex.Message);
        Assert.Equal(nameof(Organisation.Name), ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    public void New_UnknownKind_IsRefused(int kind)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Organisation("Hertfordshire County Council", (OrganisationKind)kind));

        Assert.Equal("Select the kind of organisation", ex.Message);
        Assert.Equal(nameof(Organisation.Kind), ex.Field);
    }

    [Fact]
    public void ChangeKind_UnknownKind_KeepsTheOldKind()
    {
        var organisation = new Organisation("Change Grow Live", OrganisationKind.SubstanceMisuseService);

        Assert.Throws<DomainRuleException>(() => organisation.ChangeKind((OrganisationKind)0));

        Assert.Equal(OrganisationKind.SubstanceMisuseService, organisation.Kind);
    }

    [Fact]
    public void OrganisationKind_StoredNumbers_NeverChange()
    {
        Assert.Equal(1, (int)OrganisationKind.Council);
        Assert.Equal(2, (int)OrganisationKind.NhsTrust);
        Assert.Equal(3, (int)OrganisationKind.ProbationService);
        Assert.Equal(4, (int)OrganisationKind.SubstanceMisuseService);
        Assert.Equal(5, (int)OrganisationKind.DomesticAbuseCharity);
        Assert.Equal(6, (int)OrganisationKind.Police);
        Assert.Equal(99, (int)OrganisationKind.Other);
        Assert.Equal(7, OrganisationKinds.All.Count);
    }

    [Fact]
    public void DisplayName_EveryKind_IsWordsAndDifferent()
    {
        Assert.All(OrganisationKinds.All, kind => Assert.DoesNotMatch("[a-z][A-Z]", kind.DisplayName()));
        Assert.Equal(OrganisationKinds.All.Count, OrganisationKinds.All.Select(k => k.DisplayName()).Distinct().Count());
        Assert.Equal("NHS trust", OrganisationKind.NhsTrust.DisplayName());
    }
}
