using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Supervisions.SupervisionScene;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>
/// The pack holds exactly what was recorded since the previous supervision (ADR-015): summaries submitted after its
/// sign-off, events that happened after it was held or were recorded after its sign-off, the actions still open and
/// those closed since. Each boundary has an item just before it and one just after.
/// </summary>
public sealed class SupervisionPackTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly PreviousHeld = new(2026, 10, 14);
    private static readonly DateTime PreviousSignedOff = At(2026, 10, 14, 16, 0);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pack_HoldsExactlyTheSummariesEventsAndActionsSinceThePreviousSignOff(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var manager = f.TeamManager.PersonId;
        var lead = f.Lead.PersonId;

        var older = await app.SignedOffSupervisionAsync(f.Id, manager, new DateOnly(2026, 9, 10), actions:
        [
            new("Done long ago", lead, new DateOnly(2026, 9, 30)),
            new("Still open", lead, new DateOnly(2026, 10, 1)),
            new("Done since", lead, new DateOnly(2026, 10, 30)),
            new("Cancelled since", lead, new DateOnly(2026, 10, 30)),
            new("Done just before", lead, new DateOnly(2026, 10, 30)),
        ]);
        await app.ActionDoneAsync(older.ActionIds[0], new DateOnly(2026, 10, 1), At(2026, 10, 1, 12, 0));
        await app.ActionDoneAsync(older.ActionIds[2], new DateOnly(2026, 10, 20), At(2026, 10, 20, 12, 0));
        await app.ActionCancelledAsync(older.ActionIds[3], manager, PreviousHeld, PreviousSignedOff.AddMinutes(1));
        await app.ActionDoneAsync(older.ActionIds[4], PreviousHeld, PreviousSignedOff.AddMinutes(-1));
        var previous = await app.SignedOffSupervisionAsync(f.Id, manager, PreviousHeld, actions: [new("Agreed last time", f.Specialist.PersonId, new DateOnly(2026, 11, 30))],
            decision: SupervisionDecision.StepUpToChildProtectionConference, rationale: "Worries about the weekends.", signedOffAt: PreviousSignedOff);
        var current = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());

        var justBefore = await app.SubmittedSummaryAsync(f.Id, lead, new DateOnly(2026, 8, 1), PreviousSignedOff.AddMinutes(-1));
        var justAfter = await app.SubmittedSummaryAsync(f.Id, lead, new DateOnly(2026, 9, 1), PreviousSignedOff.AddMinutes(1));
        var latest = await app.SubmittedSummaryAsync(f.Id, lead, new DateOnly(2026, 10, 1), app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
        await app.SubmittedSummaryAsync(f.Id, f.Specialist.PersonId, new DateOnly(2026, 8, 1), At(2026, 9, 1, 10, 0));
        var specialistLatest = await app.SubmittedSummaryAsync(f.Id, f.Specialist.PersonId, new DateOnly(2026, 9, 1), PreviousSignedOff.AddMinutes(-1));

        await app.EventRecordedAtAsync(f.Id, lead, PreviousHeld.AddDays(-1), At(2026, 10, 13, 12, 0));
        await app.EventRecordedAtAsync(f.Id, lead, PreviousHeld, PreviousSignedOff.AddMinutes(-1));
        var dayAfter = await app.EventRecordedAtAsync(f.Id, lead, PreviousHeld.AddDays(1), At(2026, 10, 15, 9, 0));
        var recordedLate = await app.EventRecordedAtAsync(f.Id, lead, new DateOnly(2026, 10, 10), PreviousSignedOff.AddMinutes(1));

        var pack = await app.PackAsync(f.Id, current);

        Assert.Equal(PreviousSignedOff, pack.Window.From);
        var leadChapter = pack.Chapters.Single(c => c.Chapter.PersonId == lead);
        Assert.False(leadChapter.IsLatestOnly);
        Assert.Equal([justAfter, latest], leadChapter.Summaries.Select(s => s.Id));
        Assert.DoesNotContain(justBefore, pack.Chapters.SelectMany(c => c.Summaries).Select(s => s.Id));
        var specialistChapter = pack.Chapters.Single(c => c.Chapter.PersonId == f.Specialist.PersonId);
        Assert.True(specialistChapter.IsLatestOnly);
        Assert.Equal([specialistLatest], specialistChapter.Summaries.Select(s => s.Id));
        Assert.Equal(new[] { dayAfter, recordedLate }.Order(), pack.Events.Select(e => e.Id).Order());
        Assert.Equal(new[] { older.ActionIds[1], previous.ActionIds[0] }.Order(), pack.OpenActions.Select(a => a.Id).Order());
        Assert.Equal(new[] { older.ActionIds[2], older.ActionIds[3] }.Order(), pack.ClosedActions.Select(a => a.Id).Order());
        Assert.Equal(SupervisionDecision.StepUpToChildProtectionConference, pack.Previous!.Decision);
        Assert.Equal("Worries about the weekends.", pack.Previous.Rationale);
        Assert.Equal(f.Child, Assert.Single(pack.Children).Id);
        Assert.Equal(f.Mother, Assert.Single(pack.Adults).Id);

        // The page shows the same: the events and actions in their tables.
        var client = await app.SignedInAsync(f.TeamManager);
        var page = await client.GetHtmlAsync(Path(f.Id, current));
        Assert.Equal(2, page.QuerySelectorAll(".app-pack-event").Length);
        Assert.Equal(4, page.QuerySelectorAll(".app-pack-action").Length);
        Assert.Contains("Latest summary", page.QuerySelector("#chapters")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(Path(f.Id, current) + "/pack/print")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pack_WithNoPreviousSupervision_StartsAtTheOpening(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var current = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());
        var summary = await app.SubmittedSummaryAsync(f.Id, f.Lead.PersonId, new DateOnly(2026, 10, 1), At(2026, 11, 2, 9, 0));
        var ev = await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, new DateOnly(2026, 10, 3), At(2026, 10, 3, 9, 0));

        var pack = await app.PackAsync(f.Id, current);

        Assert.Null(pack.Previous);
        Assert.Equal(TestData.LongAgo.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), pack.Window.From);
        Assert.Equal([summary], pack.Chapters.Single(c => c.Chapter.PersonId == f.Lead.PersonId).Summaries.Select(s => s.Id));
        Assert.Equal([ev], pack.Events.Select(e => e.Id));
        Assert.Empty(pack.OpenActions);
    }

    /// <summary>
    /// Signed off through the form with two actions, the supervision's actions carry forward into the next one's pack
    /// (scheduled from the record's next date) with the older open one, and those done since are listed. The signed-off
    /// supervision's own pack does not change when more is recorded after its sign-off.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignedOffActions_CarryForwardIntoTheNextPack_AndTheSignedOffPackStaysAsItWas(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await app.SupervisionFamilyAsync(world);
        var earlier = await app.SignedOffSupervisionAsync(f.Id, f.TeamManager.PersonId, new DateOnly(2026, 10, 12), actions:
            [new("Open from October", f.Lead.PersonId, new DateOnly(2026, 12, 1)), new("Done in November", f.Lead.PersonId, new DateOnly(2026, 12, 1))]);
        var current = await app.ScheduledSupervisionAsync(f.Id, app.AppToday());
        var client = await app.SignedInAsync(f.TeamManager);
        var today = app.AppToday();
        var response = await client.SubmitAsync(Path(f.Id, current) + "/record", RecordFields(f, await app.VersionAsync(current), "signoff", today,
            actions: [("Book the Freedom Programme", f.Specialist.PersonId, today.AddDays(14)), ("Visit school", f.Lead.PersonId, today.AddDays(7))],
            next: today.AddMonths(1)));
        await response.AssertRedirectAsync(Path(f.Id, current));
        var agreed = await app.WithDbAsync(db => db.FamilyActions.Where(a => a.SupervisionId == current).ToDictionaryAsync(a => a.What, a => a.Id));
        var (a1, a2) = (agreed["Book the Freedom Programme"], agreed["Visit school"]);
        var packAtSignOff = await app.PackAsync(f.Id, current);

        await app.ActionDoneAsync(earlier.ActionIds[1], today, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        await app.ActionDoneAsync(a2, today, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        await app.EventRecordedAtAsync(f.Id, f.Lead.PersonId, today, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        try
        {
            var next = await app.WithDbAsync(db => db.Supervisions.Where(s => s.FamilyId == f.Id && s.Status == SupervisionStatus.Scheduled).SingleAsync());
            Assert.Equal(today.AddMonths(1), next.ScheduledOn);
            Assert.Equal(new TimeOnly(10, 0), next.ScheduledAt);

            var nextPack = await app.PackAsync(f.Id, next.Id);
            Assert.Equal(new[] { earlier.ActionIds[0], a1 }.Order(), nextPack.OpenActions.Select(a => a.Id).Order());
            Assert.Equal(new[] { earlier.ActionIds[1], a2 }.Order(), nextPack.ClosedActions.Select(a => a.Id).Order());
            Assert.Single(nextPack.Events);
            Assert.Equal(SupervisionDecision.ContinuePlan, nextPack.Previous!.Decision);

            var packNow = await app.PackAsync(f.Id, current);
            Assert.Equal(packAtSignOff.Events.Select(e => e.Id), packNow.Events.Select(e => e.Id));
            Assert.Equal(packAtSignOff.OpenActions.Select(a => a.Id), packNow.OpenActions.Select(a => a.Id));
            Assert.Equal(packAtSignOff.ClosedActions.Select(a => a.Id), packNow.ClosedActions.Select(a => a.Id));
            Assert.Equal(packAtSignOff.Window, packNow.Window);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromMinutes(-10));
        }
    }
}
