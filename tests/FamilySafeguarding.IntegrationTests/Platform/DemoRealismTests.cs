using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Platform;

/// <summary>The demo data held to what a social worker would believe: meetings on working days, events recorded when they happened.</summary>
public sealed class DemoRealismTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_MeetingsOnWorkingDays_AndEventsRecordedWithinDaysOfHappening(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None));
        }

        var meetingKinds = FamilyNames.ChildProtectionMeetingKinds.ToList();
        var (supervisions, events) = await app.WithDbAsync(async db => (
            await db.Supervisions.AsNoTracking().Select(s => new { s.ScheduledOn, s.HeldOn }).ToListAsync(),
            await db.SignificantEvents.AsNoTracking().Select(e => new { e.Kind, e.OccurredOn, e.CreatedAt }).ToListAsync()));

        Assert.All(supervisions, s => Assert.True(DemoCalendar.IsWorkingDay(s.HeldOn ?? s.ScheduledOn), $"A supervision on {s.HeldOn ?? s.ScheduledOn:yyyy-MM-dd}"));
        Assert.All(events.Where(e => meetingKinds.Contains(e.Kind)), e => Assert.True(DemoCalendar.IsWorkingDay(e.OccurredOn), $"A {e.Kind} on {e.OccurredOn:yyyy-MM-dd}"));
        Assert.All(events, e => Assert.InRange(DateOnly.FromDateTime(e.CreatedAt).DayNumber - e.OccurredOn.DayNumber, 0, DemoDataSeeder.RecordedWithinDays));
        Assert.Contains(events, e => e.Kind == SignificantEventKind.Marac);
        Assert.Contains(events, e => e.Kind == SignificantEventKind.InitialChildProtectionConference);
        Assert.Contains(events, e => e.Kind == SignificantEventKind.CoreGroupMeeting);
        Assert.Contains(events, e => e.Kind == SignificantEventKind.StrategyDiscussion);
    }

    [Fact]
    public void Calendar_KnowsTheBankHolidaysOfEnglandAndWales()
    {
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 12, 28)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 4, 6)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 5, 4)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 5, 25)));
        Assert.False(DemoCalendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.True(DemoCalendar.IsWorkingDay(new DateOnly(2026, 12, 3)));
    }
}
