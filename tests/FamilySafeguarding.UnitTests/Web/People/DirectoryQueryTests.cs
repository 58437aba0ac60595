using FamilySafeguarding.Application.People;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Web.Features.People;

namespace FamilySafeguarding.UnitTests.Web.People;

public sealed class DirectoryQueryTests
{
    private static readonly Guid OrganisationId = Guid.Parse("0b7e4c1e-5a0c-4f3a-9a55-000000000001");
    private static readonly Guid TeamId = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");

    [Fact]
    public void LinkFor_NoFiltersFirstPage_IsThePlainAddress() =>
        Assert.Equal("/people", new DirectoryQuery().LinkFor(1));

    [Fact]
    public void LinkFor_NoFiltersLaterPage_HasOnlyThePage() =>
        Assert.Equal("/people?page=3", new DirectoryQuery().LinkFor(3));

    [Fact]
    public void LinkFor_AnotherPage_UsesThePageAskedForNotTheCurrentOne() =>
        Assert.Equal("/people?page=2", new DirectoryQuery { Page = 5 }.LinkFor(2));

    [Fact]
    public void LinkFor_EveryFilter_KeepsThemAllInOrder() =>
        Assert.Equal(
            $"/people?name=Okafor&discipline=SocialWork&organisation={OrganisationId}&team={TeamId}&status=Vacancy&ended=true&page=2",
            new DirectoryQuery
            {
                Name = "Okafor",
                Discipline = Discipline.SocialWork,
                Organisation = OrganisationId,
                Team = TeamId,
                Status = PostStatus.Vacancy,
                Ended = true,
            }.LinkFor(2));

    [Fact]
    public void LinkFor_NameWithSpacesAndSymbols_IsEscaped() =>
        Assert.Equal("/people?name=O%27Brien%20%26%20Sons%3D%3F%2F%23", new DirectoryQuery { Name = "O'Brien & Sons=?/#" }.LinkFor(1));

    [Fact]
    public void LinkFor_DefaultFilters_AreLeftOut() =>
        Assert.Equal("/people", new DirectoryQuery { Name = string.Empty, Status = PostStatus.All, Ended = false }.LinkFor(1));

    [Fact]
    public void ToFilter_Query_CarriesEveryFilter()
    {
        var filter = new DirectoryQuery
        {
            Name = "Okafor",
            Discipline = Discipline.MentalHealth,
            Organisation = OrganisationId,
            Team = TeamId,
            Status = PostStatus.InPost,
            Ended = true,
            Page = 4,
        }.ToFilter();

        Assert.Equal(
            new DirectoryFilter
            {
                Name = "Okafor",
                Discipline = Discipline.MentalHealth,
                OrganisationId = OrganisationId,
                TeamId = TeamId,
                Status = PostStatus.InPost,
                IncludeEnded = true,
                PageNumber = 4,
            },
            filter);
    }
}
