using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>The meetings of child protection as kinds of significant event: recorded through the form, listed, and in the chronology under their own filter.</summary>
public sealed class ChildProtectionMeetingEventTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public void ChildProtectionMeetings_AreTheKindsTheIssueNames()
    {
        Assert.Equal(
            [
                SignificantEventKind.InitialChildProtectionConference, SignificantEventKind.ReviewChildProtectionConference, SignificantEventKind.StrategyDiscussion,
                SignificantEventKind.CoreGroupMeeting, SignificantEventKind.Marac, SignificantEventKind.LegalPlanningMeeting, SignificantEventKind.PreProceedingsMeeting,
                SignificantEventKind.ChildAndFamilyAssessmentCompleted,
            ],
            FamilyNames.ChildProtectionMeetingKinds);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_EachMeetingKind_IsSavedListedAndInTheChronologysMeetingFilter(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, app.AppToday().AddDays(-20), SignificantEventKind.PoliceCallOut, "Police attended after a neighbour's call.", [child]);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var form = await client.GetHtmlAsync($"/families/{family}/events/new");
        var kinds = FamilyNames.ChildProtectionMeetingKinds;

        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i];
            var radio = form.QuerySelector($"input[type='radio'][name='Kind'][value='{kind}']");
            Assert.NotNull(radio);
            Assert.Equal(kind.Group().DisplayName(), radio!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim());

            var response = await client.SubmitFieldsAsync($"/families/{family}/events/new", [
                .. WorkersScene.Date("OccurredOn", app.AppToday().AddDays(-2 - i)), new("Kind", kind.ToString()),
                new("MemberIds", child.ToString()), new("Account", "Meeting held; the plan was agreed.")]);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var saved = await app.WithDbAsync(db => db.SignificantEvents.AsNoTracking().SingleAsync(e => e.FamilyId == family && e.Kind == kind));
            Assert.Equal(app.AppToday().AddDays(-2 - i), saved.OccurredOn);
        }

        var list = await client.GetHtmlAsync($"/families/{family}/events");
        Assert.All(kinds, kind => Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(kind.DisplayName(), StringComparison.Ordinal)));

        var everything = Titles(await client.GetHtmlAsync($"/families/{family}/chronology"));
        var meetings = await client.GetHtmlAsync($"/families/{family}/chronology?type=ChildProtectionMeeting");
        var otherEvents = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?type=Event"));

        Assert.All(kinds, kind => Assert.Contains(kind.DisplayName(), everything));
        Assert.Equal(kinds.Select(k => k.DisplayName()), Titles(meetings));
        Assert.NotNull(meetings.QuerySelector("input[name='type'][value='ChildProtectionMeeting'][checked]"));
        Assert.Equal(["Police call-out"], otherEvents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chronology_MeetingsAndEventsTogether_ShowsBoth(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, app.AppToday().AddDays(-10), SignificantEventKind.StrategyDiscussion, "Strategy discussion with police and health: section 47 enquiries agreed.", [child]);
        await app.Data.EventAsync(family, world.SocialWorker.PersonId, app.AppToday().AddDays(-12), SignificantEventKind.PoliceCallOut, "Police attended after a neighbour's call.", [child]);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var both = Titles(await client.GetHtmlAsync($"/families/{family}/chronology?type=Event&type=ChildProtectionMeeting&person={child}"));

        Assert.Equal(["Strategy discussion", "Police call-out"], both);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent.Trim())];
}
