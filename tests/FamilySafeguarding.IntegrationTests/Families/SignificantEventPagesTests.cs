using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>Recording, listing and changing a family's significant events.</summary>
public sealed class SignificantEventPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_ByTheLeadSocialWorker_IsSavedWithThePeopleInvolvedAndListed(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Pemberton");
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var form = await client.GetHtmlAsync($"/families/{family}/events/new");
        Assert.NotNull(form.QuerySelector($"[data-module='govuk-character-count'][data-maxlength='{SignificantEvent.AccountMaxLength}'] textarea#Account"));
        var occurred = app.AppToday().AddDays(-1);

        var response = await client.SubmitFieldsAsync($"/families/{family}/events/new", [
            .. WorkersScene.Date("OccurredOn", occurred), new("Kind", nameof(SignificantEventKind.DomesticAbuseCallOut)),
            new("MemberIds", child.ToString()), new("MemberIds", mother.ToString()), new("Account", "  Police called by a neighbour.\r\nLily was at her grandmother's.  ")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/families/{family}/events", response.Headers.Location?.OriginalString);
        var saved = await app.WithDbAsync(db => db.SignificantEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.FamilyId == family));
        Assert.Equal((occurred, SignificantEventKind.DomesticAbuseCallOut, world.SocialWorker.PersonId), (saved.OccurredOn, saved.Kind, saved.RecordedByPersonId));
        Assert.StartsWith("Police called by a neighbour.", saved.Account, StringComparison.Ordinal);
        Assert.Equal(new[] { child, mother }.Order(), saved.People.Select(p => p.MemberId).Order());

        var list = await client.GetHtmlAsync($"/families/{family}/events");
        var row = list.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Domestic abuse call-out", row, StringComparison.Ordinal);
        Assert.Contains("Grace Pemberton, Lily Pemberton", row, StringComparison.Ordinal);
        Assert.Contains("Police called by a neighbour.", row, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector($"a[href='/families/{family}/events/{saved.Id}/edit']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_WithBlankFields_ShowsEachMessageBesideItsField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var response = await client.SubmitFieldsAsync($"/families/{family}/events/new", [new("Account", "   ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Enter the date of the event", page.FieldErrors()["OccurredOn"]);
        Assert.Equal("Select the type of event", page.FieldErrors()["Kind"]);
        Assert.Equal("Enter what happened", page.FieldErrors()["Account"]);
        Assert.Equal(["#OccurredOn", "#Kind", "#Account"], page.ErrorSummary().Select(e => e.Href));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_WithAPersonOfAnotherFamily_IsRefusedBesideThePeopleAndKeepsTheAccount(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var other = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var stranger = await app.Data.ChildAsync(other);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var response = await client.SubmitFieldsAsync($"/families/{family}/events/new", [
            .. WorkersScene.Date("OccurredOn", app.AppToday()), new("Kind", nameof(SignificantEventKind.School)), new("MemberIds", stranger.ToString()),
            new("Account", "School raised concerns about attendance.")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Select people in this family", page.FieldErrors()["MemberIds"]);
        Assert.Equal("School raised concerns about attendance.", page.ValueOf("Account"));
        Assert.Equal(nameof(SignificantEventKind.School), page.ValueOf("Kind"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SignificantEvents.CountAsync(e => e.FamilyId == family)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_AnAccountOverTheLimit_IsRefusedAndKeptInTheForm(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var tooLong = new string('x', SignificantEvent.AccountMaxLength + 1);

        var response = await client.SubmitFieldsAsync($"/families/{family}/events/new", [
            .. WorkersScene.Date("OccurredOn", app.AppToday()), new("Kind", nameof(SignificantEventKind.Other)), new("Account", tooLong)]);

        var page = await response.HtmlAsync();
        Assert.Equal($"What happened must be {SignificantEvent.AccountMaxLength} characters or fewer", page.FieldErrors()["Account"]);
        Assert.Equal(tooLong, page.ValueOf("Account"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Edit_ByTheRecorder_ChangesTheEventAndItsPeople(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family);
        var mother = await app.Data.AdultAsync(family);
        var recorded = await app.Data.EventAsync(family, world.SocialWorker.PersonId, memberIds: [child]);
        var client = await app.NewClient().SignInAsync(world.SocialWorker);
        var form = await client.GetHtmlAsync($"/families/{family}/events/{recorded}/edit");
        Assert.Equal("Police attended after a neighbour's call.", form.ValueOf("Account"));

        // Only the people involved change: that too is a change of the event.
        var response = await client.PostFieldsAsync($"/families/{family}/events/{recorded}/edit", [
            .. WorkersScene.Date("OccurredOn", TestData.LongAgo), new("Kind", nameof(SignificantEventKind.PoliceCallOut)), new("MemberIds", mother.ToString()),
            new("Account", "Police attended after a neighbour's call."), new("Version", form.ValueOf("Version")!)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.SignificantEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Id == recorded));
        Assert.Equal([mother], saved.People.Select(p => p.MemberId));
        Assert.NotEqual(Guid.Parse(form.ValueOf("Version")!), saved.Version);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Edit_TwiceFromTheSameVersion_TheSecondSeesBothTextsAndNothingIsOverwritten(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var recorded = await app.Data.EventAsync(family, world.SocialWorker.PersonId);
        var firstTab = await app.NewClient().SignInAsync(world.SocialWorker);
        var secondTab = await app.NewClient().SignInAsync(world.SocialWorker);
        var version = (await firstTab.GetHtmlAsync($"/families/{family}/events/{recorded}/edit")).ValueOf("Version")!;
        Assert.Equal(version, (await secondTab.GetHtmlAsync($"/families/{family}/events/{recorded}/edit")).ValueOf("Version"));
        KeyValuePair<string, string>[] Fields(string account, string seen) =>
            [.. WorkersScene.Date("OccurredOn", TestData.LongAgo), new("Kind", nameof(SignificantEventKind.PoliceCallOut)), new("Account", account), new("Version", seen)];

        var first = await firstTab.PostFieldsAsync($"/families/{family}/events/{recorded}/edit", Fields("First version: police attended at 10pm.", version));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await secondTab.PostFieldsAsync($"/families/{family}/events/{recorded}/edit", Fields("Second version: the children were asleep upstairs.", version));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.HtmlAsync();
        Assert.Contains("Someone else changed this record after you opened it", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second version: the children were asleep upstairs.", page.ValueOf("Account"));
        Assert.Contains("First version: police attended at 10pm.", page.QuerySelector("#saved-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("First version: police attended at 10pm.", await app.WithDbAsync(db => db.SignificantEvents.Where(e => e.Id == recorded).Select(e => e.Account).SingleAsync()));

        // Saving again from the page that showed both keeps the user's text on purpose.
        var again = await secondTab.PostFieldsAsync($"/families/{family}/events/{recorded}/edit", Fields("Second version: the children were asleep upstairs.", page.ValueOf("Version")!));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Second version: the children were asleep upstairs.", await app.WithDbAsync(db => db.SignificantEvents.Where(e => e.Id == recorded).Select(e => e.Account).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Edit_SomeoneElsesEvent_IsForbiddenAndChangesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var recorded = await app.Data.EventAsync(family, world.SocialWorker.PersonId);
        var version = await app.WithDbAsync(db => db.SignificantEvents.Where(e => e.Id == recorded).Select(e => e.Version).SingleAsync());
        var manager = await app.NewClient().SignInAsync(world.TeamManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/families/{family}/events/{recorded}/edit")).StatusCode);
        var response = await manager.PostFieldsAsync($"/families/{family}/events/{recorded}/edit", [
            .. WorkersScene.Date("OccurredOn", TestData.LongAgo), new("Kind", nameof(SignificantEventKind.Court)), new("Account", "Changed by someone else"), new("Version", version.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(version, await app.WithDbAsync(db => db.SignificantEvents.Where(e => e.Id == recorded).Select(e => e.Version).SingleAsync()));
        var list = await manager.GetHtmlAsync($"/families/{family}/events");
        Assert.Null(list.QuerySelector($"a[href='/families/{family}/events/{recorded}/edit']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventsPage_ShowsTwentyFivePerPageNewestFirst(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.SignificantEvents.Add(new SignificantEvent(family, world.SocialWorker.PersonId, new EventDetails
                {
                    OccurredOn = new DateOnly(2025, 1, 1).AddDays(i), Kind = SignificantEventKind.Health, Account = $"Event number {i}",
                }, TestData.Today));
            }

            return await db.SaveChangesAsync();
        });
        var client = await app.NewClient().SignInAsync(world.TeamManager);

        var first = await client.GetHtmlAsync($"/families/{family}/events");
        var second = await client.GetHtmlAsync($"/families/{family}/events?page=2");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Event number 29", first.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Event number 0", second.QuerySelectorAll("tbody tr")[^1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector($"a[href='/families/{family}/events?page=2']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_OnAClosedFamily_IsRefusedWithAMessage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        await app.Data.ChangeFamilyAsync(family, f =>
        {
            f.Close(new DateOnly(2026, 1, 5), ClosureReason.NoFurtherAction, null, TestData.Today);
            return 0;
        });
        var manager = await app.NewClient().SignInAsync(world.TeamManager);

        var response = await manager.SubmitFieldsAsync($"/families/{family}/events/new", [
            .. WorkersScene.Date("OccurredOn", app.AppToday()), new("Kind", nameof(SignificantEventKind.Other)), new("Account", "After closure")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The family's case is closed", (await response.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SignificantEvents.CountAsync(e => e.FamilyId == family)));
    }
}
