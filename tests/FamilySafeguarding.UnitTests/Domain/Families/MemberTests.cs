using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using static FamilySafeguarding.UnitTests.Domain.Families.Families;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>Family members: dates of birth and due dates, roles, NHS numbers, and adults' worries.</summary>
public sealed class MemberTests
{
    [Fact]
    public void AddMember_KeepsTheDetails_AndNormalisesTheNhsNumber()
    {
        var family = Open();

        var member = family.AddMember(Child() with { PreferredName = " Kay ", NhsNumber = "943 476 5919", School = "Riverford Primary" }, Today);

        Assert.Equal("Kayla Okonkwo", member.FullName);
        Assert.Equal("Kay", member.PreferredName);
        Assert.Equal("Kay", member.KnownAs);
        Assert.Equal("9434765919", member.NhsNumber);
        Assert.True(member.IsChild);
        Assert.False(member.IsUnborn);
        Assert.Equal(family.Id, member.FamilyId);
    }

    [Fact]
    public void AddMember_WithAnInvalidNhsNumber_IsRefusedOnThatField()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Child() with { NhsNumber = "943 476 5918" }, Today));

        Assert.StartsWith("Enter a valid NHS number", ex.Message, StringComparison.Ordinal);
        Assert.Equal("NhsNumber", ex.Field);
    }

    [Fact]
    public void AChild_NeedsADateOfBirthOrADueDate()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Child() with { DateOfBirth = null }, Today));

        Assert.Equal("DateOfBirth", ex.Field);
    }

    [Fact]
    public void AChild_CannotHaveBothADateOfBirthAndADueDate()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Child(born: Day("2026-01-01"), due: Day("2027-01-01")), Today));

        Assert.Equal("Enter a date of birth or an expected date of delivery, not both", ex.Message);
        Assert.Equal("ExpectedDateOfDelivery", ex.Field);
    }

    [Fact]
    public void AnUnbornChild_HasADueDateAndNoDateOfBirth()
    {
        var member = Open().AddMember(Child(due: Day("2027-03-20")), Today);

        Assert.True(member.IsUnborn);
        Assert.Null(member.DateOfBirth);
        Assert.Equal(Day("2027-03-20"), member.ExpectedDateOfDelivery);
    }

    [Fact]
    public void ADueDate_MoreThan42WeeksAhead_IsRefused()
    {
        var family = Open();

        Assert.NotNull(family.AddMember(Child("Baby One", due: Today.AddDays(42 * 7)), Today));
        var ex = Assert.Throws<DomainRuleException>(() => family.AddMember(Child("Baby Two", due: Today.AddDays((42 * 7) + 1)), Today));
        Assert.Equal("ExpectedDateOfDelivery", ex.Field);
    }

    [Fact]
    public void ADueDate_MoreThanAYearAgo_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Child(due: Today.AddYears(-1).AddDays(-1)), Today));

        Assert.Contains("enter the date of birth instead", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADueDate_ForAnAdult_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Adult() with { DateOfBirth = null, ExpectedDateOfDelivery = Today.AddDays(30) }, Today));

        Assert.Equal("Role", ex.Field);
    }

    [Fact]
    public void ADateOfBirth_InTheFuture_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Open().AddMember(Child(born: Today.AddDays(1)), Today));

        Assert.Equal("DateOfBirth", ex.Field);
    }

    [Fact]
    public void AnUnbornChild_OnceBorn_KeepsOnlyTheDateOfBirth()
    {
        var family = Open();
        var baby = family.AddMember(Child(due: Day("2026-11-20")), Today);

        family.UpdateMember(baby.Id, Child() with { DateOfBirth = Day("2026-11-14") }, Today);

        Assert.False(baby.IsUnborn);
        Assert.Equal(Day("2026-11-14"), baby.DateOfBirth);
        Assert.Null(baby.ExpectedDateOfDelivery);
    }

    [Fact]
    public void ChangingTheRoleOfAChildWithLegalStatusHistory_IsRefused()
    {
        var (family, child) = WithChild();
        family.StartLegalStatus(child.Id, LegalStatusKind.ChildInNeedPlan, Day("2026-06-01"), null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.UpdateMember(child.Id, Child() with { Role = FamilyRole.Sibling }, Today));

        Assert.Equal("Role", ex.Field);
        Assert.Equal(FamilyRole.Child, child.Role);
    }

    [Fact]
    public void ChangingAnAdultWithWorriesIntoAChild_IsRefused()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);
        family.AddWorry(mother.Id, WorryKind.MentalHealth, Day("2026-01-01"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.UpdateMember(mother.Id, Adult() with { Role = FamilyRole.Child }, Today));

        Assert.Equal("Role", ex.Field);
    }

    [Fact]
    public void ChangingTheRoleWithoutHistory_IsAllowed()
    {
        var family = Open();
        var member = family.AddMember(Adult(role: FamilyRole.Partner), Today);

        family.UpdateMember(member.Id, Adult(role: FamilyRole.StepParent), Today);

        Assert.Equal(FamilyRole.StepParent, member.Role);
    }

    [Fact]
    public void Worries_AreForAdultsOnly()
    {
        var (family, child) = WithChild();

        var ex = Assert.Throws<DomainRuleException>(() => family.AddWorry(child.Id, WorryKind.MentalHealth, Day("2026-01-01"), Today));

        Assert.Equal("Worries are recorded for the adults in the family, not the children", ex.Message);
    }

    [Fact]
    public void AWorry_OfAKindAlreadyOpen_IsRefused()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);
        family.AddWorry(mother.Id, WorryKind.DomesticAbuseVictim, Day("2026-01-01"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.AddWorry(mother.Id, WorryKind.DomesticAbuseVictim, Day("2026-06-01"), Today));

        Assert.Equal("Kind", ex.Field);
    }

    [Fact]
    public void AWorry_OverlappingAnEndedOneOfTheSameKind_IsRefused_ButAnotherKindIsAllowed()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);
        var worry = family.AddWorry(mother.Id, WorryKind.SubstanceMisuseDrugs, Day("2026-01-01"), Today);
        family.EndWorry(mother.Id, worry.Id, Day("2026-06-01"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.AddWorry(mother.Id, WorryKind.SubstanceMisuseDrugs, Day("2026-05-01"), Today));

        Assert.Equal("IdentifiedOn", ex.Field);
        Assert.NotNull(family.AddWorry(mother.Id, WorryKind.SubstanceMisuseAlcohol, Day("2026-05-01"), Today));
        Assert.NotNull(family.AddWorry(mother.Id, WorryKind.SubstanceMisuseDrugs, Day("2026-06-01"), Today));
    }

    [Fact]
    public void EndingAWorry_BeforeItWasIdentified_IsRefused()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);
        var worry = family.AddWorry(mother.Id, WorryKind.MentalHealth, Day("2026-03-02"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndWorry(mother.Id, worry.Id, Day("2026-03-01"), Today));

        Assert.Equal("The date it ended must be on or after the date it was identified, 2 March 2026", ex.Message);
        Assert.Equal("EndedOn", ex.Field);
        Assert.Null(worry.EndedOn);
    }

    [Fact]
    public void AWorry_IdentifiedInTheFuture_IsRefused()
    {
        var family = Open();
        var mother = family.AddMember(Adult(), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.AddWorry(mother.Id, WorryKind.MentalHealth, Today.AddDays(1), Today));

        Assert.Equal("IdentifiedOn", ex.Field);
    }
}
