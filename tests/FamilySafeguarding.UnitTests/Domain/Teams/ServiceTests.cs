using FamilySafeguarding.Domain;
using FamilySafeguarding.Domain.Teams;

namespace FamilySafeguarding.UnitTests.Domain.Teams;

public sealed class ServiceTests
{
    private static readonly Guid ManagerId = Guid.Parse("3a3a3a3a-0000-0000-0000-000000000001");

    [Fact]
    public void New_Service_TrimsTheNameAndNormalisesItForComparison()
    {
        var service = new Service("  Family Safeguarding   Service, west ", ManagerId);

        Assert.Equal("Family Safeguarding   Service, west", service.Name);
        Assert.Equal("FAMILY SAFEGUARDING SERVICE, WEST", service.NormalizedName);
        Assert.Equal(ManagerId, service.ServiceManagerId);
    }

    [Fact]
    public void New_WithoutAManager_IsAllowed() =>
        Assert.Null(new Service("Family Safeguarding Service, West", null).ServiceManagerId);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void New_WithoutAName_IsRefused(string? name)
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Service(name, null));

        Assert.Equal("Enter the service's name", ex.Message);
        Assert.Equal(nameof(Service.Name), ex.Field);
    }

    [Fact]
    public void New_NameAtTheMaximumLength_IsAccepted() =>
        Assert.Equal(Service.NameMaxLength, new Service(new string('a', Service.NameMaxLength), null).Name.Length);

    [Fact]
    public void New_NameOverTheMaximumLength_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new Service(new string('a', Service.NameMaxLength + 1), null));

        Assert.Equal("The service's name must be 200 characters or fewer", ex.Message);
        Assert.Equal(nameof(Service.Name), ex.Field);
    }

    [Fact]
    public void Rename_NewName_RenormalisesIt()
    {
        var service = new Service("Family Safeguarding Service, West", ManagerId);

        service.Rename("family safeguarding service,  east");

        Assert.Equal("FAMILY SAFEGUARDING SERVICE, EAST", service.NormalizedName);
    }

    [Fact]
    public void AppointManager_None_RemovesTheManager()
    {
        var service = new Service("Family Safeguarding Service, West", ManagerId);

        service.AppointManager(null);

        Assert.Null(service.ServiceManagerId);
    }
}
