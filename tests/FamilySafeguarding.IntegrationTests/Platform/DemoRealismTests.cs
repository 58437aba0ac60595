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

        await AssertSummariesFitEachPersonAsync(app);
    }

    /// <summary>
    /// What a summary says of each child fits their age that month (no school for a baby, a toddler or a child not yet
    /// born; nursery from two), no "he" or "she" that could contradict a recorded gender, and a stage of change only for
    /// an adult with a worry open that month.
    /// </summary>
    private static async Task AssertSummariesFitEachPersonAsync(AppFactory app)
    {
        var rows = await app.WithDbAsync(db => (
            from p in db.SummaryPeople.AsNoTracking()
            join s in db.MonthlySummaries on p.SummaryId equals s.Id
            join m in db.FamilyMembers on p.MemberId equals m.Id
            select new { s.Month, m.Id, m.Role, m.DateOfBirth, m.ExpectedDateOfDelivery, p.Impact, p.Stage }).ToListAsync());
        var worries = await app.WithDbAsync(db => db.AdultWorries.AsNoTracking().Select(w => new { w.MemberId, w.IdentifiedOn, w.EndedOn }).ToListAsync());
        Assert.NotEmpty(rows);

        var schoolWords = new[] { "school", "teacher", "class", "pupil" };
        var pronouns = new[] { " he ", " she ", " his ", " her ", " him ", "He ", "She ", "His ", "Her " };
        foreach (var r in rows.Where(r => r.Impact is not null))
        {
            var monthEnd = r.Month.AddMonths(1).AddDays(-1);
            var under4 = r.DateOfBirth is null || r.DateOfBirth.Value.AddYears(4) > monthEnd;
            if (r.Role == FamilyRole.Child && under4)
            {
                Assert.False(schoolWords.Any(w => r.Impact!.Contains(w, StringComparison.OrdinalIgnoreCase)), $"A child under four (or unborn) in {r.Month:yyyy-MM}: \"{r.Impact}\"");
            }

            Assert.False(pronouns.Any(w => (" " + r.Impact).Contains(w, StringComparison.Ordinal)), $"A gendered pronoun in \"{r.Impact}\"");
        }

        foreach (var r in rows.Where(r => r.Stage is not null))
        {
            var monthEnd = r.Month.AddMonths(1).AddDays(-1);
            Assert.True(
                worries.Any(w => w.MemberId == r.Id && w.IdentifiedOn <= monthEnd && (w.EndedOn is null || w.EndedOn >= r.Month)),
                $"A stage of change in {r.Month:yyyy-MM} for an adult with no worry open that month");
        }
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
