namespace FamilySafeguarding.Application.Search;

/// <summary>What a search hit is.</summary>
/// <remarks>The numbers are stored, so never renumber them.</remarks>
public enum SearchKind
{
    Family = 1,
    Person = 2,
    Summary = 3,
    Addendum = 4,
    ManagementOversight = 5,
    SignificantEvent = 6,
}

/// <summary>
/// One searchable record, in the words search matches: a family, a family member, a submitted monthly summary, a note on
/// one, or a significant event. Written by the persistence layer on every save of its source (never by a use case), so
/// it is a copy kept in step, not a record of its own. Its id is its source record's id. Drafts are never indexed.
/// Each database engine indexes <see cref="Title"/> and <see cref="Body"/> with its own full-text search, outside the
/// model (see the Search migration).
/// </summary>
public sealed class SearchDocument
{
    public const int TitleMaxLength = 300;

    /// <summary>Marks the start of a matching word in a snippet; never stored in a document.</summary>
    public const char MatchStart = '\uE000';

    /// <summary>Marks the end of a matching word in a snippet; never stored in a document.</summary>
    public const char MatchEnd = '\uE001';

    public SearchDocument(Guid id, Guid familyId, SearchKind kind)
    {
        Id = id;
        FamilyId = familyId;
        Kind = kind;
    }

    /// <summary>The source record's id (the family's, member's, summary's, note's or event's).</summary>
    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public SearchKind Kind { get; private set; }

    /// <summary>For a summary or a note on one: the month summarised, so a hit links into the workbook at that month.</summary>
    public DateOnly? Month { get; private set; }

    /// <summary>When it happened or was written, shown beside the hit.</summary>
    public DateOnly? Date { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Sets the searchable text. The snippet markers are taken out, so a marker in a snippet is always the engine's.</summary>
    public void Set(string title, string body, DateOnly? date, DateOnly? month)
    {
        var clean = Clean(title);
        Title = clean.Length > TitleMaxLength ? clean[..TitleMaxLength] : clean;
        Body = Clean(body);
        Date = date;
        Month = month;
    }

    private static string Clean(string text) =>
        text.Contains(MatchStart, StringComparison.Ordinal) || text.Contains(MatchEnd, StringComparison.Ordinal)
            ? text.Replace(MatchStart.ToString(), string.Empty, StringComparison.Ordinal).Replace(MatchEnd.ToString(), string.Empty, StringComparison.Ordinal)
            : text;
}
