using FamilySafeguarding.UnitTests.Support;
using FamilySafeguarding.Web.Features.Teams;
using FamilySafeguarding.Web.Infrastructure.Forms;

namespace FamilySafeguarding.UnitTests.Web.Teams;

public sealed class EndMembershipFormValidatorTests
{
    private readonly EndMembershipFormValidator _validator = new();

    [Fact]
    public void Validate_RealDate_HasNoErrors() =>
        Assert.Empty(_validator.Errors(new EndMembershipForm { EndDate = new DateInput { Day = "31", Month = "3", Year = "2026" } }));

    [Fact]
    public void Validate_NoDate_AsksForTheLastDay() =>
        Assert.Equal([("EndDate", "Enter the last day in the team")], _validator.Errors(new EndMembershipForm()));

    [Fact]
    public void Validate_DateNotReal_SaysSo() =>
        Assert.Equal(
            [("EndDate", "The last day in the team must be a real date")],
            _validator.Errors(new EndMembershipForm { EndDate = new DateInput { Day = "31", Month = "6", Year = "2026" } }));
}
