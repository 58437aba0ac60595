using FamilySafeguarding.Application.Families;

namespace FamilySafeguarding.Web.Features.Shared;

/// <summary>The family's reference, name and sub-navigation at the top of each page of its record.</summary>
/// <param name="Section">The sub-navigation item to mark current: Overview, Workbook, Members, Workers, Events or Chronology.</param>
/// <param name="Title">The page's heading, when it is not the family's name.</param>
public sealed record FamilyHeaderModel(FamilyHeader Header, string Section, string? Title = null);
