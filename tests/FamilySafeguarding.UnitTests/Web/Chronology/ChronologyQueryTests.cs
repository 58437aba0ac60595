using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Web.Features.Chronology;

namespace FamilySafeguarding.UnitTests.Web.Chronology;

public sealed class ChronologyQueryTests
{
    [Fact]
    public void Types_ExactNamesOnly_OthersIgnored()
    {
        var query = new ChronologyQuery { Type = ["Event", "Allocation", "event", "2", "Event,Opening", "Nonsense", "Event"] };

        Assert.Equal(new[] { ChronologyType.Event, ChronologyType.Allocation }.Order(), query.Types.Order());
    }

    [Fact]
    public void Link_KeepsTheFiltersAndAddsThePage()
    {
        var person = Guid.Parse("11111111-2222-3333-4444-555555555555");
        var query = new ChronologyQuery { Person = person, Type = ["Opening", "Event"] };

        Assert.Equal($"/f/chronology?person={person}&type=Event&type=Opening&page=3", query.Link("/f/chronology", 3));
        Assert.Equal($"/f/chronology/print?person={person}&type=Event&type=Opening", query.Link("/f/chronology/print"));
        Assert.Equal("/f/chronology", new ChronologyQuery().Link("/f/chronology", 1));
    }

    [Fact]
    public void Filter_ByPerson_LeavesOutOpeningsAndClosures()
    {
        var everything = new ChronologyQuery().ToFilter();
        var aboutSomeone = new ChronologyQuery { Person = Guid.NewGuid() }.ToFilter();
        var eventsOnly = new ChronologyQuery { Type = ["Event"] }.ToFilter();

        Assert.All(ChronologyTypes.All, t => Assert.True(everything.Includes(t)));
        Assert.False(aboutSomeone.Includes(ChronologyType.Opening));
        Assert.True(aboutSomeone.Includes(ChronologyType.LegalStatus));
        Assert.Equal([ChronologyType.Event], ChronologyTypes.All.Where(eventsOnly.Includes));
    }

    [Fact]
    public void Types_ChildProtectionMeetings_AreAFilterOfTheirOwn()
    {
        var meetings = new ChronologyQuery { Type = ["ChildProtectionMeeting"] }.ToFilter();

        Assert.Equal([ChronologyType.ChildProtectionMeeting], ChronologyTypes.All.Where(meetings.Includes));
        Assert.Equal("Child protection meetings and assessments", ChronologyType.ChildProtectionMeeting.DisplayName());
        Assert.Equal(Enum.GetValues<ChronologyType>().Order(), ChronologyTypes.All.Order());
    }
}
