using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.FamilyMembers;

/// <summary>A family's members, legal statuses, worries and relationships through the real pages and forms, on each database engine.</summary>
public sealed class FamilyMembersTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The app's today (the test clock): 16 November 2026.</summary>
    private static readonly DateOnly AppToday = new(2026, 11, 16);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MembersPage_ShowsChildrenAdultsStatusesWorriesAndRelationships_AndWritesTheAccessLog(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var unborn = await app.Data.ChangeFamilyAsync(f.Family, fam => fam.AddMember(
            new MemberDetails { FullName = "Baby Okonkwo", ExpectedDateOfDelivery = new DateOnly(2027, 2, 3), Gender = Gender.NotKnown, LivesInHousehold = true, Role = FamilyRole.Child },
            TestData.Today).Id);
        await app.Data.LegalStatusAsync(f.Family, f.Child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2026, 6, 1));
        await app.Data.ChangeFamilyAsync(f.Family, fam => fam.AddWorry(f.Adult, WorryKind.MentalHealth, new DateOnly(2026, 5, 1), TestData.Today));
        await app.Data.ChangeFamilyAsync(f.Family, fam => fam.Relate(f.Adult, f.Child, RelationshipKind.ParentOf, true, null));
        var client = await app.SignedInAsync(f.Lead);

        var page = await client.GetHtmlAsync($"/families/{f.Family}/members");

        var children = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Children");
        var childRow = children.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Kayla Okonkwo", StringComparison.Ordinal));
        Assert.Contains("Child in Need plan", childRow.TextContent, StringComparison.Ordinal);
        var unbornRow = children.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Baby Okonkwo", StringComparison.Ordinal));
        Assert.Contains("Unborn, due 3 February 2027", unbornRow.TextContent, StringComparison.Ordinal);
        var adults = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Adults");
        Assert.Contains("Mental health", adults.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("figure svg"));
        var relationships = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Contains("Relationships", StringComparison.Ordinal) == true);
        Assert.Contains("Grace — parent of — Kayla Okonkwo", relationships.TextContent, StringComparison.Ordinal);
        Assert.NotNull(relationships.QuerySelector("form[action$='/remove'] button"));
        Assert.NotNull(page.QuerySelector($"a[href='/families/{f.Family}/members/new']"));
        Assert.NotNull(page.QuerySelector($"a[href='/families/{f.Family}/members/{unborn}']"));
        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(e => e.FamilyId == f.Family && e.PersonId == f.Lead.PersonId && e.Page == "Members" && e.Granted)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MembersPage_SqlCommands_DoNotGrowWithTheFamily(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await FamilyAsync(app, world);
        var large = await FamilyAsync(app, world);
        for (var i = 0; i < 6; i++)
        {
            var child = await app.Data.ChildAsync(large.Family);
            await app.Data.LegalStatusAsync(large.Family, child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2025, 1, 1));
            await app.Data.LegalStatusAsync(large.Family, child, LegalStatusKind.ChildProtectionPlan, new DateOnly(2025, 6, 1));
            var adult = await app.Data.AdultAsync(large.Family);
            await app.Data.ChangeFamilyAsync(large.Family, fam => fam.AddWorry(adult, WorryKind.DomesticAbuseVictim, new DateOnly(2025, 1, 1), TestData.Today));
            await app.Data.ChangeFamilyAsync(large.Family, fam => fam.Relate(adult, child, RelationshipKind.ParentOf, true, null));
        }

        var lead = await app.SignedInAsync(small.Lead);
        var largeLead = await app.SignedInAsync(large.Lead);
        await lead.GetHtmlAsync($"/families/{small.Family}/members");
        app.Commands.Reset();
        await lead.GetHtmlAsync($"/families/{small.Family}/members");
        var forSmall = app.Commands.Count;
        await largeLead.GetHtmlAsync($"/families/{large.Family}/members");
        app.Commands.Reset();
        await largeLead.GetHtmlAsync($"/families/{large.Family}/members");
        var forLarge = app.Commands.Count;

        Assert.Equal(forSmall, forLarge);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_WithEveryDetail_IsSavedAndShownOnTheMemberPage(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);

        var response = await client.SubmitAsync($"/families/{f.Family}/members/new", Member("Amelia Rose Hart", nhs: "943-476-5919"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.FamilyMembers.AsNoTracking().SingleAsync(m => m.FamilyId == f.Family && m.FullName == "Amelia Rose Hart"));
        Assert.Equal($"/families/{f.Family}/members/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Millie", saved.PreferredName);
        Assert.Equal(new DateOnly(2018, 6, 4), saved.DateOfBirth);
        Assert.Equal(Gender.Female, saved.Gender);
        Assert.Equal("Irish", saved.Ethnicity);
        Assert.Equal("Polish", saved.FirstLanguage);
        Assert.True(saved.InterpreterNeeded);
        Assert.Equal("9434765919", saved.NhsNumber);
        Assert.Equal("Riverford Primary", saved.School);
        Assert.True(saved.LivesInHousehold);
        Assert.Equal(FamilyRole.Child, saved.Role);
        var page = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("943 476 5919", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Amelia Rose Hart has been added to the family.", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_WithAnInvalidNhsNumber_ShowsTheErrorBesideTheField_AndKeepsEveryOtherValue(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var form = Member("Amelia Rose Hart", nhs: "943 476 5918");

        var response = await client.SubmitAsync($"/families/{f.Family}/members/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.StartsWith("Enter a valid NHS number", page.FieldErrors()["NhsNumber"], StringComparison.Ordinal);
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#NhsNumber");
        Assert.Single(page.FieldErrors());
        foreach (var (name, value) in form.Where(p => p.Key != "InterpreterNeeded"))
        {
            Assert.True(value == (page.ValueOf(name) ?? string.Empty), $"{name}: typed \"{value}\", shown \"{page.ValueOf(name)}\"");
        }

        Assert.NotNull(page.QuerySelector("#InterpreterNeeded[checked]"));
        Assert.False(await app.WithDbAsync(db => db.FamilyMembers.AnyAsync(m => m.FamilyId == f.Family && m.FullName == "Amelia Rose Hart")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AChildWithNeitherDateOfBirthNorDueDate_IsRefusedBesideTheDateOfBirth(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var form = Member("Unnamed Baby", born: ("", "", ""));

        var page = await (await client.SubmitAsync($"/families/{f.Family}/members/new", form)).HtmlAsync();

        Assert.Contains("expected date of delivery if the baby is not born yet", page.FieldErrors()["DateOfBirth"], StringComparison.Ordinal);
        Assert.Equal("Unnamed Baby", page.ValueOf("FullName"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AnUnbornChild_IsShownAsDue(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var form = Member("Baby Hart", born: ("", "", ""), due: ("20", "3", "2027"));
        form["Gender"] = "NotKnown";

        var response = await client.SubmitAsync($"/families/{f.Family}/members/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Unborn, due 20 March 2027", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditMember_IsSaved(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var edit = await client.GetHtmlAsync($"/families/{f.Family}/members/{f.Child}/edit");
        Assert.Equal("Kayla Okonkwo", edit.ValueOf("FullName"));
        var form = Member("Kayla Ada Okonkwo", version: edit.ValueOf("Version"));

        var response = await client.PostFormAsync($"/families/{f.Family}/members/{f.Child}/edit", form);

        await response.AssertRedirectAsync($"/families/{f.Family}/members/{f.Child}");
        Assert.Equal("Kayla Ada Okonkwo", await app.WithDbAsync(db => db.FamilyMembers.Where(m => m.Id == f.Child).Select(m => m.FullName).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditMember_AfterSomeoneElseSaved_ShowsBothVersions_KeepsTheInput_AndSavesNothing(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var edit = await client.GetHtmlAsync($"/families/{f.Family}/members/{f.Child}/edit");
        await app.Data.ChangeFamilyAsync(f.Family, fam =>
        {
            fam.UpdateMember(f.Child, new MemberDetails { FullName = "Kayla Someone-Else", DateOfBirth = new DateOnly(2019, 5, 1), Gender = Gender.Female, LivesInHousehold = true, Role = FamilyRole.Child }, TestData.Today);
            return 0;
        });

        var response = await client.PostFormAsync($"/families/{f.Family}/members/{f.Child}/edit", Member("Kayla Mine", version: edit.ValueOf("Version")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("Someone else changed", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kayla Someone-Else", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kayla Mine", page.ValueOf("FullName"));
        Assert.Equal("Kayla Someone-Else", await app.WithDbAsync(db => db.FamilyMembers.Where(m => m.Id == f.Child).Select(m => m.FullName).SingleAsync()));

        // Saving again, having seen their version, keeps the user's.
        await (await client.PostFormAsync($"/families/{f.Family}/members/{f.Child}/edit", Member("Kayla Mine", version: page.ValueOf("Version"))))
            .AssertRedirectAsync($"/families/{f.Family}/members/{f.Child}");
        Assert.Equal("Kayla Mine", await app.WithDbAsync(db => db.FamilyMembers.Where(m => m.Id == f.Child).Select(m => m.FullName).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartingChildInNeed_ThenChildProtection_EndsTheChildInNeedPlanThatDay_AndRecordsTheEscalation(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var url = $"/families/{f.Family}/members/{f.Child}/statuses/new";

        await (await client.SubmitAsync(url, Status("ChildInNeedPlan", null, "1", "9", "2026"))).AssertRedirectAsync($"/families/{f.Family}/members/{f.Child}");
        var response = await client.SubmitAsync(url, Status("ChildProtectionPlan", "Emotional", "16", "11", "2026"));

        await response.AssertRedirectAsync($"/families/{f.Family}/members/{f.Child}");
        var episodes = await app.WithDbAsync(db => db.LegalStatusEpisodes.AsNoTracking().Where(e => e.MemberId == f.Child).ToListAsync());
        var cin = episodes.Single(e => e.Kind == LegalStatusKind.ChildInNeedPlan);
        var cp = episodes.Single(e => e.Kind == LegalStatusKind.ChildProtectionPlan);
        Assert.Equal(AppToday, cin.EndDate);
        Assert.Equal(EpisodeEndReason.EscalatedToChildProtection, cin.EndReason);
        Assert.Equal(AppToday, cp.StartDate);
        Assert.Null(cp.EndDate);
        Assert.Equal(EscalatedFrom.ChildInNeed, cp.EscalatedFrom);
        Assert.Equal(ChildProtectionCategory.Emotional, cp.Category);

        var page = await client.GetHtmlAsync($"/families/{f.Family}/members/{f.Child}");
        Assert.Contains(
            "The Child in Need plan ended on 16 November 2026 and the Child Protection plan is recorded as escalated from Child in Need",
            page.QuerySelector(".govuk-notification-banner")!.TextContent,
            StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#legal-statuses tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Child Protection plan", StringComparison.Ordinal) && r.Contains("Escalated from Child in Need plan", StringComparison.Ordinal)
            && r.Contains("Review child protection conference: 16 February 2027", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Child in Need plan", StringComparison.Ordinal) && r.Contains("Escalated to a Child Protection plan", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartingChildInNeed_WhileAChildProtectionPlanIsOpen_IsRefusedBesideTheField_AndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        await app.Data.LegalStatusAsync(f.Family, f.Child, LegalStatusKind.ChildProtectionPlan, new DateOnly(2026, 10, 1));
        var client = await app.SignedInAsync(f.Lead);

        var response = await client.SubmitAsync($"/families/{f.Family}/members/{f.Child}/statuses/new", Status("ChildInNeedPlan", null, "10", "11", "2026"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("cannot be on a Child in Need plan and a Child Protection plan at once", page.FieldErrors()["Kind"], StringComparison.Ordinal);
        Assert.Contains(page.ErrorSummary(), e => e.Href == "#Kind");
        Assert.Equal("ChildInNeedPlan", page.ValueOf("Kind"));
        Assert.Equal(["10", "11", "2026"], new[] { "StartDate.Day", "StartDate.Month", "StartDate.Year" }.Select(page.ValueOf));
        Assert.Equal(1, await app.WithDbAsync(db => db.LegalStatusEpisodes.CountAsync(e => e.MemberId == f.Child)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartStatus_ChildProtectionWithoutCategory_OrInTheFuture_IsRefusedBesideTheField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var url = $"/families/{f.Family}/members/{f.Child}/statuses/new";

        var noCategory = await (await client.SubmitAsync(url, Status("ChildProtectionPlan", null, "1", "11", "2026"))).HtmlAsync();
        var future = await (await client.SubmitAsync(url, Status("ChildInNeedPlan", null, "17", "11", "2026"))).HtmlAsync();

        Assert.Equal("Select the category of the Child Protection plan", noCategory.FieldErrors()["Category"]);
        Assert.Equal("The start date must be today or in the past", future.FieldErrors()["StartDate"]);
        Assert.Equal("17", future.ValueOf("StartDate.Day"));
        Assert.Equal(0, await app.WithDbAsync(db => db.LegalStatusEpisodes.CountAsync(e => e.MemberId == f.Child)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndStatus_IsSaved_AndAnEndBeforeTheStartIsRefusedBesideTheField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var episode = await app.Data.LegalStatusAsync(f.Family, f.Child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2026, 6, 1));
        var client = await app.SignedInAsync(f.Lead);
        var url = $"/families/{f.Family}/members/{f.Child}/statuses/{episode}/end";
        Assert.NotNull((await client.GetHtmlAsync(url)).QuerySelector("input[name='Reason'][value='OutcomesAchieved']"));

        var early = await (await client.PostFormAsync(url, EndStatus("31", "5", "2026", "OutcomesAchieved"))).HtmlAsync();
        Assert.Equal("The end date must be on or after the start date, 1 June 2026", early.FieldErrors()["EndDate"]);
        Assert.Equal("OutcomesAchieved", early.ValueOf("Reason"));
        var systemOnly = await (await client.PostFormAsync(url, EndStatus("1", "10", "2026", "EscalatedToChildProtection"))).HtmlAsync();
        Assert.Equal("Select why the episode ended", systemOnly.FieldErrors()["Reason"]);

        await (await client.PostFormAsync(url, EndStatus("1", "10", "2026", "SteppedDownToEarlyHelp"))).AssertRedirectAsync($"/families/{f.Family}/members/{f.Child}");
        var saved = await app.WithDbAsync(db => db.LegalStatusEpisodes.AsNoTracking().SingleAsync(e => e.Id == episode));
        Assert.Equal(new DateOnly(2026, 10, 1), saved.EndDate);
        Assert.Equal(EpisodeEndReason.SteppedDownToEarlyHelp, saved.EndReason);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Worries_AreAddedAndEndedForAdults_AndTheirPagesDoNotExistForChildren(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);

        await (await client.SubmitAsync($"/families/{f.Family}/members/{f.Adult}/worries/new", Worry("SubstanceMisuseAlcohol", "2", "3", "2026")))
            .AssertRedirectAsync($"/families/{f.Family}/members/{f.Adult}");
        var worry = await app.WithDbAsync(db => db.AdultWorries.AsNoTracking().SingleAsync(w => w.MemberId == f.Adult));
        Assert.Equal(WorryKind.SubstanceMisuseAlcohol, worry.Kind);
        Assert.Equal(new DateOnly(2026, 3, 2), worry.IdentifiedOn);

        var twice = await (await client.SubmitAsync($"/families/{f.Family}/members/{f.Adult}/worries/new", Worry("SubstanceMisuseAlcohol", "1", "4", "2026"))).HtmlAsync();
        Assert.Contains("End that first", twice.FieldErrors()["Kind"], StringComparison.Ordinal);

        var early = await (await client.PostFormAsync($"/families/{f.Family}/members/{f.Adult}/worries/{worry.Id}/end", new() { ["EndedOn.Day"] = "1", ["EndedOn.Month"] = "3", ["EndedOn.Year"] = "2026" })).HtmlAsync();
        Assert.Contains("must be on or after the date it was identified", early.FieldErrors()["EndedOn"], StringComparison.Ordinal);
        Assert.Equal("1", early.ValueOf("EndedOn.Day"));
        await (await client.PostFormAsync($"/families/{f.Family}/members/{f.Adult}/worries/{worry.Id}/end", new() { ["EndedOn.Day"] = "1", ["EndedOn.Month"] = "11", ["EndedOn.Year"] = "2026" }))
            .AssertRedirectAsync($"/families/{f.Family}/members/{f.Adult}");
        Assert.Equal(new DateOnly(2026, 11, 1), await app.WithDbAsync(db => db.AdultWorries.Where(w => w.Id == worry.Id).Select(w => w.EndedOn).SingleAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/{f.Family}/members/{f.Child}/worries/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/families/{f.Family}/members/{f.Child}/worries/new", Worry("MentalHealth", "1", "1", "2026"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/{f.Family}/members/{f.Adult}/statuses/new")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Relationships_AreAddedAndRemoved_AndAnOtherWithoutADescriptionIsRefused(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var client = await app.SignedInAsync(f.Lead);
        var url = $"/families/{f.Family}/relationships/new";

        var refused = await (await client.SubmitAsync(url, Relationship(f.Adult, "Other", f.Child, description: ""))).HtmlAsync();
        Assert.Equal("Enter what the relationship is", refused.FieldErrors()["Description"]);
        Assert.Equal(f.Adult.ToString(), refused.ValueOf("FromMemberId"));
        Assert.Equal("Other", refused.ValueOf("Kind"));
        Assert.Equal(f.Child.ToString(), refused.ValueOf("ToMemberId"));
        var wrongPr = await (await client.SubmitAsync(url, Relationship(f.Adult, "SiblingOf", f.Child, pr: true))).HtmlAsync();
        Assert.Contains("Parental responsibility is recorded", wrongPr.FieldErrors()["ParentalResponsibility"], StringComparison.Ordinal);

        await (await client.SubmitAsync(url, Relationship(f.Adult, "ParentOf", f.Child, pr: true))).AssertRedirectAsync($"/families/{f.Family}/members#relationships");
        var saved = await app.WithDbAsync(db => db.Relationships.AsNoTracking().SingleAsync(r => r.FamilyId == f.Family));
        Assert.Equal((f.Adult, RelationshipKind.ParentOf, f.Child, true), (saved.FromMemberId, saved.Kind, saved.ToMemberId, saved.ParentalResponsibility));
        Assert.Contains("Grace — parent of — Kayla Okonkwo", (await client.GetHtmlAsync($"/families/{f.Family}/relationships/{saved.Id}/remove")).Body!.TextContent, StringComparison.Ordinal);

        await (await client.PostFormAsync($"/families/{f.Family}/relationships/{saved.Id}/remove", [])).AssertRedirectAsync($"/families/{f.Family}/members#relationships");
        Assert.False(await app.WithDbAsync(db => db.Relationships.AnyAsync(r => r.FamilyId == f.Family)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryRoute_ForSomeoneWhoMayNotSeeTheFamily_IsNotFound_OnGetAndPost(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world, withRecords: true);
        var outsider = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(outsider.PersonId, world.TeamB1);
        var users = await app.SignedInAsync(("a social worker of team B1", outsider), ("an administrator", world.Administrator));
        var before = await FamilyFingerprintAsync(app, f.Family);

        foreach (var user in users)
        {
            await user.AssertStatusAsync(HttpStatusCode.NotFound, [.. Pages(f), .. Forms(f)]);
            foreach (var (url, form) in Posts(f))
            {
                var response = await user.Client.PostFormAsync(url, form);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} as {user.Who} gave {(int)response.StatusCode}, not 404");
            }
        }

        Assert.Equal(before, await FamilyFingerprintAsync(app, f.Family));
        Assert.True(await app.WithDbAsync(db => db.FamilyAccessLog.AnyAsync(e => e.FamilyId == f.Family && e.PersonId == outsider.PersonId && !e.Granted)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryNestedId_FromAnotherFamily_IsNotFound_OnGetAndPost(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world, withRecords: true);
        var other = await FamilyAsync(app, world, withRecords: true);

        // The lead of the first family, who may record on it, with the second family's records in its paths.
        var mixed = f with { Child = other.Child, Adult = other.Adult, Episode = other.Episode, Worry = other.Worry, Relationship = other.Relationship };
        var lead = new SignedInUser("the lead social worker", await app.SignedInAsync(f.Lead));
        var before = await FamilyFingerprintAsync(app, f.Family);
        var otherBefore = await FamilyFingerprintAsync(app, other.Family);

        await lead.AssertStatusAsync(HttpStatusCode.NotFound, [.. Pages(mixed).Skip(1), .. Forms(mixed).Where(u => u.Contains("/members/" + other.Child, StringComparison.Ordinal) || u.Contains("/members/" + other.Adult, StringComparison.Ordinal) || u.Contains("/relationships/" + other.Relationship, StringComparison.Ordinal))]);
        foreach (var (url, form) in Posts(mixed).Where(p => !p.Url.EndsWith("/members/new", StringComparison.Ordinal) && !p.Url.EndsWith("/relationships/new", StringComparison.Ordinal)))
        {
            var response = await lead.Client.PostFormAsync(url, form);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} gave {(int)response.StatusCode}, not 404");
        }

        // The family's own member, with another family's episode or worry.
        await lead.AssertStatusAsync(
            HttpStatusCode.NotFound,
            $"/families/{f.Family}/members/{f.Child}/statuses/{other.Episode}/end",
            $"/families/{f.Family}/members/{f.Adult}/worries/{other.Worry}/end");
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Client.PostFormAsync($"/families/{f.Family}/members/{f.Child}/statuses/{other.Episode}/end", EndStatus("1", "11", "2026", "OutcomesAchieved"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Client.PostFormAsync($"/families/{f.Family}/members/{f.Adult}/worries/{other.Worry}/end", new() { ["EndedOn.Day"] = "1", ["EndedOn.Month"] = "11", ["EndedOn.Year"] = "2026" })).StatusCode);

        // A relationship between members of another family is refused by the rules, not saved.
        var relate = await lead.Client.SubmitAsync($"/families/{f.Family}/relationships/new", Relationship(other.Adult, "PartnerOf", other.Child));
        Assert.NotEqual(HttpStatusCode.Redirect, relate.StatusCode);
        Assert.Equal(before, await FamilyFingerprintAsync(app, f.Family));
        Assert.Equal(otherBefore, await FamilyFingerprintAsync(app, other.Family));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATeamMemberWhoIsNotAllocated_MayReadThePages_ButIsForbiddenTheFormsAndChanges(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world, withRecords: true);
        var coordinator = await app.Data.UserInRoleAsync(JobRole.TeamCoordinator, world.Council);
        await app.Data.MembershipAsync(coordinator.PersonId, world.TeamA1);
        var reader = new SignedInUser("a team coordinator in the team", await app.SignedInAsync(coordinator));
        var before = await FamilyFingerprintAsync(app, f.Family);

        await reader.AssertStatusAsync(HttpStatusCode.OK, [.. Pages(f)]);
        await reader.AssertStatusAsync(HttpStatusCode.Forbidden, [.. Forms(f)]);
        foreach (var (url, form) in Posts(f))
        {
            var response = await reader.Client.PostFormAsync(url, form);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} gave {(int)response.StatusCode}, not 403");
        }

        Assert.Equal(before, await FamilyFingerprintAsync(app, f.Family));
        var page = await reader.Client.GetHtmlAsync($"/families/{f.Family}/members");
        Assert.Null(page.QuerySelector($"a[href='/families/{f.Family}/members/new']"));
        Assert.Null(page.QuerySelector("form[action$='/remove']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheTeamManager_AndAnAllocatedWorkerFromAnotherTeam_MayRecord(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var f = await FamilyAsync(app, world);
        var specialist = await app.Data.UserInRoleAsync(JobRole.DomesticAbuseVictimPractitioner, world.Charity);
        await app.Data.MembershipAsync(specialist.PersonId, world.TeamA2);
        await app.Data.AllocationAsync(f.Family, specialist.PersonId, AllocationRole.DomesticAbuseVictimWorker, new DateOnly(2026, 1, 1));

        foreach (var (user, name) in new[] { (world.TeamManager, "Added By Manager"), (specialist, "Added By Specialist") })
        {
            var client = await app.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/families/{f.Family}/members/new")).StatusCode);
            var response = await client.SubmitAsync($"/families/{f.Family}/members/new", Member(name, role: "Grandparent", born: ("1", "1", "1960"), school: ""));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(2, await app.WithDbAsync(db => db.FamilyMembers.CountAsync(m => m.FamilyId == f.Family && m.Role == FamilyRole.Grandparent)));
    }

    private static IEnumerable<string> Pages(TestFamily f) =>
    [
        $"/families/{f.Family}/members",
        $"/families/{f.Family}/members/{f.Child}",
        $"/families/{f.Family}/members/{f.Adult}",
    ];

    private static IEnumerable<string> Forms(TestFamily f) =>
    [
        $"/families/{f.Family}/members/new",
        $"/families/{f.Family}/members/{f.Child}/edit",
        $"/families/{f.Family}/members/{f.Child}/statuses/new",
        $"/families/{f.Family}/members/{f.Child}/statuses/{f.Episode}/end",
        $"/families/{f.Family}/members/{f.Adult}/worries/new",
        $"/families/{f.Family}/members/{f.Adult}/worries/{f.Worry}/end",
        $"/families/{f.Family}/relationships/new",
        $"/families/{f.Family}/relationships/{f.Relationship}/remove",
    ];

    /// <summary>A valid request for every change, which would be saved if the user were allowed.</summary>
    private static IEnumerable<(string Url, Dictionary<string, string> Form)> Posts(TestFamily f) =>
    [
        ($"/families/{f.Family}/members/new", Member("Intruder Added")),
        ($"/families/{f.Family}/members/{f.Child}/edit", Member("Intruder Renamed", version: f.ChildVersion.ToString())),
        ($"/families/{f.Family}/members/{f.Child}/statuses/new", Status("PreProceedings", null, "1", "11", "2026")),
        ($"/families/{f.Family}/members/{f.Child}/statuses/{f.Episode}/end", EndStatus("1", "11", "2026", "OutcomesAchieved")),
        ($"/families/{f.Family}/members/{f.Adult}/worries/new", Worry("LearningDisability", "1", "11", "2026")),
        ($"/families/{f.Family}/members/{f.Adult}/worries/{f.Worry}/end", new() { ["EndedOn.Day"] = "1", ["EndedOn.Month"] = "11", ["EndedOn.Year"] = "2026" }),
        ($"/families/{f.Family}/relationships/new", Relationship(f.Child, "Other", f.Adult, description: "Lodger of")),
        ($"/families/{f.Family}/relationships/{f.Relationship}/remove", []),
    ];

    private static Dictionary<string, string> Member(
        string name,
        string nhs = "401 023 2137",
        string? version = null,
        string role = "Child",
        (string D, string M, string Y)? born = null,
        (string D, string M, string Y)? due = null,
        string school = "Riverford Primary")
    {
        var (bd, bm, by) = born ?? ("4", "6", "2018");
        var (dd, dm, dy) = due ?? ("", "", "");
        var form = new Dictionary<string, string>
        {
            ["FullName"] = name,
            ["PreferredName"] = "Millie",
            ["Role"] = role,
            ["DateOfBirth.Day"] = bd,
            ["DateOfBirth.Month"] = bm,
            ["DateOfBirth.Year"] = by,
            ["ExpectedDateOfDelivery.Day"] = dd,
            ["ExpectedDateOfDelivery.Month"] = dm,
            ["ExpectedDateOfDelivery.Year"] = dy,
            ["Gender"] = "Female",
            ["Ethnicity"] = "Irish",
            ["FirstLanguage"] = "Polish",
            ["InterpreterNeeded"] = "true",
            ["NhsNumber"] = nhs,
            ["School"] = school,
            ["LivesInHousehold"] = "true",
        };
        if (version is not null)
        {
            form["Version"] = version;
        }

        return form;
    }

    private static Dictionary<string, string> Status(string kind, string? category, string day, string month, string year)
    {
        var form = new Dictionary<string, string> { ["Kind"] = kind, ["StartDate.Day"] = day, ["StartDate.Month"] = month, ["StartDate.Year"] = year };
        if (category is not null)
        {
            form["Category"] = category;
        }

        return form;
    }

    private static Dictionary<string, string> EndStatus(string day, string month, string year, string reason) =>
        new() { ["EndDate.Day"] = day, ["EndDate.Month"] = month, ["EndDate.Year"] = year, ["Reason"] = reason };

    private static Dictionary<string, string> Worry(string kind, string day, string month, string year) =>
        new() { ["Kind"] = kind, ["IdentifiedOn.Day"] = day, ["IdentifiedOn.Month"] = month, ["IdentifiedOn.Year"] = year };

    private static Dictionary<string, string> Relationship(Guid from, string kind, Guid to, bool pr = false, string description = "")
    {
        var form = new Dictionary<string, string> { ["FromMemberId"] = from.ToString(), ["Kind"] = kind, ["ToMemberId"] = to.ToString(), ["Description"] = description };
        if (pr)
        {
            form["ParentalResponsibility"] = "true";
        }

        return form;
    }

    /// <summary>
    /// A family in team A1 led by a new social worker (allocated, so they may record), with a child (Kayla) and her mother
    /// (Grace). With records: an open CIN plan for the child, a worry for the mother and a relationship between them.
    /// </summary>
    private static async Task<TestFamily> FamilyAsync(AppFactory app, World world, bool withRecords = false)
    {
        var lead = await app.Data.UserInRoleAsync(JobRole.SocialWorker, world.Council);
        await app.Data.MembershipAsync(lead.PersonId, world.TeamA1);
        var family = await app.Data.FamilyAsync(world.TeamA1, lead.PersonId);
        var child = await app.Data.ChildAsync(family, "Kayla Okonkwo");
        var adult = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Okonkwo");
        await app.Data.ChangeFamilyAsync(family, f =>
        {
            var grace = f.Members.Single(m => m.Id == adult);
            f.UpdateMember(adult, new MemberDetails { FullName = grace.FullName, PreferredName = "Grace", DateOfBirth = grace.DateOfBirth, Gender = grace.Gender, LivesInHousehold = true, Role = grace.Role }, TestData.Today);
            return 0;
        });
        Guid episode = default, worry = default, relationship = default;
        if (withRecords)
        {
            episode = await app.Data.LegalStatusAsync(family, child, LegalStatusKind.ChildInNeedPlan, new DateOnly(2026, 6, 1));
            worry = await app.Data.ChangeFamilyAsync(family, f => f.AddWorry(adult, WorryKind.MentalHealth, new DateOnly(2026, 5, 1), TestData.Today).Id);
            relationship = await app.Data.ChangeFamilyAsync(family, f => f.Relate(adult, child, RelationshipKind.ParentOf, true, null).Id);
        }

        var childVersion = await app.WithDbAsync(db => db.FamilyMembers.Where(m => m.Id == child).Select(m => m.Version).SingleAsync());
        return new TestFamily(lead, family, child, childVersion, adult, episode, worry, relationship);
    }

    /// <summary>Everything the routes here could change in a family: its version (renewed whenever any of its records changes) and its record counts.</summary>
    private static Task<string> FamilyFingerprintAsync(AppFactory app, Guid familyId) => app.WithDbAsync(async db =>
        string.Join(
            ':',
            await db.Families.Where(f => f.Id == familyId).Select(f => f.Version).SingleAsync(),
            await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId),
            await db.LegalStatusEpisodes.CountAsync(e => e.FamilyId == familyId && e.EndDate == null),
            await db.AdultWorries.CountAsync(w => w.FamilyId == familyId && w.EndedOn == null),
            await db.Relationships.CountAsync(r => r.FamilyId == familyId)));

    private sealed record TestFamily(TestUser Lead, Guid Family, Guid Child, Guid ChildVersion, Guid Adult, Guid Episode, Guid Worry, Guid Relationship);
}
