using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>
/// Allocating workers to a family: exactly one lead social worker while the family is open, a new lead replaces the old
/// one on the day, a worker's job role must fit the role, and dates and adults are checked. End dates are the first day
/// a worker is no longer allocated.
/// </summary>
public sealed class AllocationTests
{
    private static readonly DateOnly Today = Day("2026-11-16");
    private static readonly DateOnly Opened = Day("2026-01-05");
    private static readonly Guid Team = Guid.Parse("aaaaaaaa-0000-0000-0000-0000000000a1");

    private static readonly Worker Alice = new(Guid.Parse("00000000-0000-0000-0000-00000000a11c"), JobRole.SocialWorker, "Alice Adeyemi");
    private static readonly Worker Ben = new(Guid.Parse("00000000-0000-0000-0000-000000000be7"), JobRole.SeniorSocialWorker, "Ben Carter");
    private static readonly Worker Dana = new(Guid.Parse("00000000-0000-0000-0000-000000000da7"), JobRole.DomesticAbuseVictimPractitioner, "Dana Hughes");
    private static readonly Worker Frank = new(Guid.Parse("00000000-0000-0000-0000-00000000f7a7"), JobRole.FamilyPractitioner, "Frank Osei");

    [Fact]
    public void Open_AllocatesTheLeadFromTheOpeningDate()
    {
        var family = NewFamily();

        var lead = Assert.Single(family.Allocations);
        Assert.Equal((Alice.PersonId, AllocationRole.LeadSocialWorker, Opened, (DateOnly?)null), (lead.PersonId, lead.Role, lead.StartDate, lead.EndDate));
        Assert.Same(lead, family.CurrentLead);
    }

    [Fact]
    public void Allocate_NewLead_EndsTheOldLeadTheSameDaySoThereIsExactlyOneLead()
    {
        var family = NewFamily();
        var oldLead = family.CurrentLead!;

        var newLead = family.Allocate(Ben, AllocationRole.LeadSocialWorker, Day("2026-06-01"), [], Today);

        Assert.Equal(Day("2026-06-01"), oldLead.EndDate);
        Assert.Same(newLead, family.CurrentLead);
        Assert.Single(family.Allocations, a => a.IsOpen && a.Role == AllocationRole.LeadSocialWorker);
    }

    [Fact]
    public void Allocate_TheFamilysSocialWorkerAsLead_EndsTheirSocialWorkerAllocationThatDay()
    {
        var family = NewFamily();
        var asSocialWorker = family.Allocate(Ben, AllocationRole.SocialWorker, Day("2026-02-01"), [], Today);

        family.Allocate(Ben, AllocationRole.LeadSocialWorker, Day("2026-07-01"), [], Today);

        Assert.Equal(Day("2026-07-01"), asSocialWorker.EndDate);
        Assert.Equal(Ben.PersonId, family.CurrentLead!.PersonId);
        Assert.Single(family.Allocations, a => a.IsOpen && a.PersonId == Ben.PersonId);
        Assert.False(family.Allocations.Single(a => a.PersonId == Alice.PersonId).IsOpen);
    }

    [Fact]
    public void Allocate_NewLeadBeforeTheCurrentLeadStarted_IsRefused()
    {
        var family = NewFamily();
        family.Allocate(Ben, AllocationRole.LeadSocialWorker, Day("2026-06-01"), [], Today);

        var carla = new Worker(Guid.NewGuid(), JobRole.ConsultantSocialWorker, "Carla Mendes");

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(carla, AllocationRole.LeadSocialWorker, Day("2026-05-01"), [], Today));

        Assert.Equal("StartDate", ex.Field);
        Assert.Equal("The current lead social worker was allocated on 1 June 2026, so a new lead must start on or after that date", ex.Message);
        Assert.Equal(Ben.PersonId, family.CurrentLead!.PersonId);
    }

    [Fact]
    public void EndAllocation_OfTheLeadWhileOpen_IsRefused()
    {
        var family = NewFamily();

        var ex = Assert.Throws<DomainRuleException>(() => family.EndAllocation(family.CurrentLead!.Id, Today, Today));

        Assert.Equal("An open family must always have a lead social worker. Allocate the new lead social worker instead: that ends this allocation", ex.Message);
        Assert.Equal("EndDate", ex.Field);
        Assert.NotNull(family.CurrentLead);
    }

    [Fact]
    public void EndAllocation_OfAnotherWorker_EndsItOnTheDate()
    {
        var family = NewFamily();
        var allocation = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);

        family.EndAllocation(allocation.Id, Day("2026-09-30"), Today);

        Assert.Equal(Day("2026-09-30"), allocation.EndDate);
        Assert.False(allocation.IsCurrentOn(Day("2026-09-30")));
        Assert.True(allocation.IsCurrentOn(Day("2026-09-29")));
    }

    [Theory]
    [InlineData("2026-02-28", "The end date must be on or after the start date, 1 March 2026")]
    [InlineData("2026-11-17", "The end date must be today or in the past")]
    public void EndAllocation_WithABadDate_IsRefused(string end, string message)
    {
        var family = NewFamily();
        var allocation = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndAllocation(allocation.Id, Day(end), Today));

        Assert.Equal((message, "EndDate"), (ex.Message, ex.Field));
        Assert.Null(allocation.EndDate);
    }

    [Fact]
    public void EndAllocation_AlreadyEnded_IsRefused()
    {
        var family = NewFamily();
        var allocation = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);
        family.EndAllocation(allocation.Id, Day("2026-04-01"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.EndAllocation(allocation.Id, Day("2026-05-01"), Today));

        Assert.Equal("This allocation already ended on 1 April 2026", ex.Message);
        Assert.Equal(Day("2026-04-01"), allocation.EndDate);
    }

    [Theory]
    [InlineData(JobRole.DomesticAbuseVictimPractitioner, AllocationRole.SocialWorker)]
    [InlineData(JobRole.FamilyPractitioner, AllocationRole.LeadSocialWorker)]
    [InlineData(JobRole.SocialWorker, AllocationRole.MentalHealth)]
    [InlineData(JobRole.MentalHealthPractitioner, AllocationRole.SubstanceMisuse)]
    [InlineData(JobRole.TeamCoordinator, AllocationRole.FamilyPractitioner)]
    [InlineData(JobRole.ServiceManager, AllocationRole.LeadSocialWorker)]
    public void Allocate_ARoleThatDoesNotFitTheJobRole_IsRefused(JobRole jobRole, AllocationRole role)
    {
        var family = NewFamily();
        var worker = new Worker(Guid.NewGuid(), jobRole, "Sam Doe");

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(worker, role, Today, [], Today));

        Assert.Equal("PersonId", ex.Field);
        Assert.Equal($"Sam Doe is a {jobRole.DisplayName()}, so cannot be the family's {role.DisplayName().ToLowerInvariant()}", ex.Message);
        Assert.Single(family.Allocations);
    }

    [Theory]
    [InlineData(JobRole.TeamManager, AllocationRole.LeadSocialWorker)]
    [InlineData(JobRole.ConsultantSocialWorker, AllocationRole.SocialWorker)]
    [InlineData(JobRole.ProbationDomesticAbuseOfficer, AllocationRole.DomesticAbusePerpetratorWorker)]
    [InlineData(JobRole.ClinicalPsychologist, AllocationRole.Psychologist)]
    [InlineData(JobRole.SubstanceMisuseRecoveryWorker, AllocationRole.SubstanceMisuse)]
    [InlineData(JobRole.FamilyPractitioner, AllocationRole.FamilyPractitioner)]
    public void Allocate_ARoleThatFitsTheJobRole_IsAccepted(JobRole jobRole, AllocationRole role)
    {
        var family = NewFamily();

        var allocation = family.Allocate(new Worker(Guid.NewGuid(), jobRole, "Sam Doe"), role, Today, [], Today);

        Assert.Equal(role, allocation.Role);
    }

    [Fact]
    public void Allocate_StartingInTheFuture_IsRefused()
    {
        var family = NewFamily();

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Frank, AllocationRole.FamilyPractitioner, Today.AddDays(1), [], Today));

        Assert.Equal(("The start date must be today or in the past", "StartDate"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Allocate_StartingBeforeTheCaseOpened_IsRefused()
    {
        var family = NewFamily();

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Frank, AllocationRole.FamilyPractitioner, Opened.AddDays(-1), [], Today));

        Assert.Equal(("The start date must be on or after the case opened, 5 January 2026", "StartDate"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Allocate_SomeoneAlreadyAllocated_IsRefused()
    {
        var family = NewFamily();
        family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Dana, AllocationRole.DomesticAbusePerpetratorWorker, Day("2026-04-01"), [], Today));

        Assert.Equal(("Dana Hughes is already allocated to this family as domestic abuse victim worker", "PersonId"), (ex.Message, ex.Field));
    }

    [Fact]
    public void Allocate_OverlappingAPastAllocationOfTheSamePerson_IsRefused()
    {
        var family = NewFamily();
        var past = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);
        family.EndAllocation(past.Id, Day("2026-05-01"), Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-04-30"), [], Today));

        Assert.Equal("Dana Hughes was allocated to this family from 1 March 2026 to 1 May 2026, which overlaps that start date", ex.Message);
    }

    [Fact]
    public void Allocate_TheSamePersonAgainFromTheDayTheirLastAllocationEnded_IsAccepted()
    {
        var family = NewFamily();
        var past = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);
        family.EndAllocation(past.Id, Day("2026-05-01"), Today);

        var again = family.Allocate(Dana, AllocationRole.DomesticAbusePerpetratorWorker, Day("2026-05-01"), [], Today);

        Assert.True(again.IsOpen);
    }

    [Fact]
    public void Allocate_WithAdultsOfTheFamily_KeepsThemOnce()
    {
        var family = NewFamily();
        var mother = family.AddMember(Adult("Grace Pemberton", FamilyRole.Mother), Today);
        var father = family.AddMember(Adult("Tom Pemberton", FamilyRole.Father), Today);

        var allocation = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Today, [mother.Id, father.Id, mother.Id], Today);

        Assert.Equal(new[] { mother.Id, father.Id }.Order(), allocation.Adults.Select(a => a.MemberId).Order());
    }

    [Fact]
    public void Allocate_WithAChildOrSomeoneOutsideTheFamilyAsAnAdult_IsRefused()
    {
        var family = NewFamily();
        var child = family.AddMember(new MemberDetails { FullName = "Lily Pemberton", DateOfBirth = Day("2019-05-01"), Gender = Gender.Female, Role = FamilyRole.Child, LivesInHousehold = true }, Today);

        var asChild = Assert.Throws<DomainRuleException>(() => family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Today, [child.Id], Today));
        var outsider = Assert.Throws<DomainRuleException>(() => family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Today, [Guid.NewGuid()], Today));

        Assert.Equal(("Select adults in this family", "AdultIds"), (asChild.Message, asChild.Field));
        Assert.Equal(("Select adults in this family", "AdultIds"), (outsider.Message, outsider.Field));
        Assert.Single(family.Allocations);
    }

    [Fact]
    public void Allocate_WithAnUndefinedRole_IsRefused()
    {
        var family = NewFamily();

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Ben, (AllocationRole)42, Today, [], Today));

        Assert.Equal("Role", ex.Field);
    }

    [Fact]
    public void Close_EndsEveryOpenAllocationOnTheClosingDate()
    {
        var family = NewFamily();
        var specialist = family.Allocate(Dana, AllocationRole.DomesticAbuseVictimWorker, Day("2026-03-01"), [], Today);
        var practitioner = family.Allocate(Frank, AllocationRole.FamilyPractitioner, Day("2026-04-01"), [], Today);
        family.EndAllocation(practitioner.Id, Day("2026-06-01"), Today);

        family.Close(Day("2026-10-01"), ClosureReason.NoFurtherAction, null, Today);

        Assert.All(family.Allocations, a => Assert.False(a.IsOpen));
        Assert.Equal(Day("2026-10-01"), specialist.EndDate);
        Assert.Equal(Day("2026-10-01"), family.Allocations.Single(a => a.Role == AllocationRole.LeadSocialWorker).EndDate);
        Assert.Equal(Day("2026-06-01"), practitioner.EndDate);
        Assert.Null(family.CurrentLead);
    }

    [Fact]
    public void Allocate_OnAClosedFamily_IsRefused()
    {
        var family = NewFamily();
        family.Close(Day("2026-10-01"), ClosureReason.NoFurtherAction, null, Today);

        var ex = Assert.Throws<DomainRuleException>(() => family.Allocate(Ben, AllocationRole.SocialWorker, Today, [], Today));

        Assert.Equal("The family's case is closed. Reopen it to make changes", ex.Message);
    }

    [Fact]
    public void Reopen_AllocatesTheNewLeadSoThereIsAgainExactlyOne()
    {
        var family = NewFamily();
        family.Close(Day("2026-10-01"), ClosureReason.NoFurtherAction, null, Today);

        family.Reopen(Day("2026-11-01"), Ben, Today);

        Assert.Equal(Ben.PersonId, family.CurrentLead!.PersonId);
        Assert.Single(family.Allocations, a => a.IsOpen && a.Role == AllocationRole.LeadSocialWorker);
    }

    private static Family NewFamily() => Family.Open("FS-000001", "Pemberton family", Team, Opened, Alice, Today);

    private static MemberDetails Adult(string name, FamilyRole role) =>
        new() { FullName = name, DateOfBirth = Day("1990-03-01"), Gender = role == FamilyRole.Father ? Gender.Male : Gender.Female, Role = role, LivesInHousehold = true };
}
