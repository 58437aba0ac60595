using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Workbooks;

/// <summary>A family with a workbook, summaries written through the domain, and the summary form as a browser posts it.</summary>
internal static class WorkbookScene
{
    /// <summary>The month before the test clock's (16 November 2026): its summary is due, not yet overdue... and written in tests.</summary>
    public static readonly DateOnly LastMonth = new(2026, 10, 1);

    public const string LastMonthText = "2026-10";

    /// <summary>
    /// A family held by team A1 with the world's social worker as lead, a child and a mother, and a domestic abuse
    /// specialist (with an account) allocated to work with the mother.
    /// </summary>
    public static async Task<WorkbookFamily> WorkbookFamilyAsync(this AppFactory app, World world)
    {
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Pemberton");
        var specialist = await app.UserInTeamAsync(JobRole.DomesticAbuseVictimPractitioner, world.TeamA1, "Rashida Khan");
        await app.Data.ChangeFamilyAsync(family, f => f.Allocate(
            new Worker(specialist.PersonId, JobRole.DomesticAbuseVictimPractitioner, "Rashida Khan"), AllocationRole.DomesticAbuseVictimWorker, TestData.LongAgo, [mother], TestData.Today).Id);
        return new WorkbookFamily(family, child, mother, specialist);
    }

    /// <summary>A summary written (and submitted, if asked) through the domain, as the author's form would.</summary>
    public static async Task<Guid> SummaryAsync(this AppFactory app, Guid familyId, Guid authorId, DateOnly month, bool submit, string work = "Two home visits and a joint session with the school.")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var summary = MonthlySummary.Start(familyId, authorId, month, app.AppToday());
        var content = Content(work);
        if (submit)
        {
            summary.Submit(authorId, content, app.Clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            summary.SaveDraft(authorId, content);
        }

        db.MonthlySummaries.Add(summary);
        await db.SaveChangesAsync();
        return summary.Id;
    }

    public static SummaryContent Content(string work) => new()
    {
        WorkUndertaken = work,
        WhatHasChanged = "Mum has started the Freedom Programme.",
        NextSteps = "Review at the next core group.",
    };

    /// <summary>The summary form's fields as the browser posts them.</summary>
    public static List<KeyValuePair<string, string>> Fields(string work, string? version = null, string action = "save", string changed = "Mum has started the Freedom Programme.", string next = "Review at the next core group.") =>
    [
        new("WorkUndertaken", work),
        new("WhatHasChanged", changed),
        new("Worries", string.Empty),
        new("Strengths", string.Empty),
        new("NextSteps", next),
        new("Version", version ?? string.Empty),
        new("action", action),
    ];

    public static string SummaryPath(Guid familyId, Guid personId, string month = LastMonthText) => $"/families/{familyId}/workbook/chapters/{personId}/{month}";
}

internal sealed record WorkbookFamily(Guid Id, Guid Child, Guid Mother, TestUser Specialist);
