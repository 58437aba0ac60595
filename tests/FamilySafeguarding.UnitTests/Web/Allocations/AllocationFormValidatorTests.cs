using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Allocations;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.Allocations;

public sealed class AllocationFormValidatorTests
{
    private readonly AllocateFormValidator _allocate = new();
    private readonly EndAllocationFormValidator _end = new();

    [Fact]
    public void Allocate_WorkerRoleAndStartDate_HasNoErrors() =>
        Assert.Empty(_allocate.Errors(Allocate()));

    [Fact]
    public void Allocate_NothingChosen_AsksForEachField() =>
        Assert.Equal(
            [("PersonId", "Select the worker"), ("Role", "Select the worker's role on the family"), ("StartDate", "Enter the date the allocation starts")],
            _allocate.Errors(new AllocateForm()));

    [Theory]
    [InlineData("1")]
    [InlineData("leadsocialworker")]
    [InlineData("LeadSocialWorker,SocialWorker")]
    public void Allocate_RoleNotAnExactName_IsRefused(string role) =>
        Assert.Equal([("Role", "Select the worker's role on the family")], _allocate.Errors(Allocate(role: role)));

    [Fact]
    public void Allocate_StartDateNotReal_SaysSo() =>
        Assert.Equal(
            [("StartDate", "The date the allocation starts must be a real date")],
            _allocate.Errors(Allocate(start: new DateInput { Day = "29", Month = "2", Year = "2026" })));

    [Fact]
    public void Allocate_ToInput_ParsesTheChoices()
    {
        var adult = Guid.NewGuid();
        var form = Allocate();
        form.AdultIds = [adult];

        var input = form.ToInput();

        Assert.Equal((form.PersonId!.Value, AllocationRole.MentalHealth, new DateOnly(2026, 3, 1)), (input.PersonId, input.Role, input.StartDate));
        Assert.Equal([adult], input.AdultMemberIds);
    }

    [Fact]
    public void End_NoDate_AsksForIt() =>
        Assert.Equal([("EndDate", "Enter the date the allocation ends")], _end.Errors(new EndAllocationForm()));

    [Fact]
    public void End_RealDate_HasNoErrors() =>
        Assert.Empty(_end.Errors(new EndAllocationForm { EndDate = DateInput.From(new DateOnly(2026, 3, 31)) }));

    private static AllocateForm Allocate(string role = "MentalHealth", DateInput? start = null) => new()
    {
        PersonId = Guid.NewGuid(),
        Role = role,
        StartDate = start ?? new DateInput { Day = "1", Month = "3", Year = "2026" },
    };
}
