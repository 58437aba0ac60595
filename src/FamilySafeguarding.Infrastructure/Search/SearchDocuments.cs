using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>
/// What each source record puts into its search document. The Search migration's backfill writes the same in SQL
/// (titles from <see cref="EventTitle"/> and <see cref="MemberRole"/>), so a document reads alike however it was made.
/// </summary>
internal static class SearchDocuments
{
    public const string SummaryTitle = "Monthly summary";
    public const string AddendumTitle = "Addendum";
    public const string OversightTitle = "Management oversight";

    public static string EventTitle(SignificantEventKind kind) => kind.DisplayName();

    public static string MemberRole(FamilyRole role) => role.DisplayName();

    public static void Fill(SearchDocument document, Family family) =>
        document.Set(family.DisplayName, family.Reference, family.OpenedOn, month: null);

    public static void Fill(SearchDocument document, FamilyMember member) =>
        document.Set(member.FullName, Join(MemberRole(member.Role), member.PreferredName), member.DateOfBirth ?? member.ExpectedDateOfDelivery, month: null);

    public static void Fill(SearchDocument document, SignificantEvent happening) =>
        document.Set(EventTitle(happening.Kind), happening.Account, happening.OccurredOn, month: null);

    public static void Fill(SearchDocument document, MonthlySummary summary) =>
        document.Set(
            SummaryTitle,
            Join([summary.WorkUndertaken, summary.WhatHasChanged, summary.Worries, summary.Strengths, summary.NextSteps, .. summary.People.Select(p => p.Impact)]),
            summary.SubmittedAt is { } at ? DateOnly.FromDateTime(at) : summary.Month,
            summary.Month);

    public static void Fill(SearchDocument document, SummaryNote note, DateOnly month) =>
        document.Set(note.Kind == SummaryNoteKind.Addendum ? AddendumTitle : OversightTitle, note.Text, DateOnly.FromDateTime(note.WrittenAt), month);

    public static SearchKind KindOf(SummaryNote note) => note.Kind == SummaryNoteKind.Addendum ? SearchKind.Addendum : SearchKind.ManagementOversight;

    private static string Join(params IEnumerable<string?> parts) => string.Join('\n', parts.Where(p => !string.IsNullOrEmpty(p)));
}
